package com.jobfuture.coach.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.Level;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The documented matching rules one by one: relevance points, level words, time-zone fit, link keys, queries. */
class MatchingRulesTest {
    static final Instant WINTER = Instant.parse("2026-12-03T12:00:00Z");
    static final Instant SUMMER = Instant.parse("2026-07-01T12:00:00Z");

    @Test
    void relevancePointsAddUpAsDocumented() {
        assertThat(DjangoRelevance.score("Django Developer", "", List.of())).isEqualTo(60);
        assertThat(DjangoRelevance.score("Backend Engineer (DRF)", "", List.of())).as("DRF implies Django")
                .isEqualTo(85);
        assertThat(DjangoRelevance.score("Python Developer", "We use Django REST framework", List.of()))
                .isEqualTo(10 + 20 + 10);
        assertThat(DjangoRelevance.score("Python Developer", "", List.of("wagtail"))).isEqualTo(30);
        assertThat(DjangoRelevance.score("Python Developer", "pandas", List.of())).as("below LISTED_FROM")
                .isEqualTo(10).isLessThan(DjangoRelevance.LISTED_FROM);
        assertThat(DjangoRelevance.score("Senior Python/Django Engineer (DRF)", "Django, DRF", List.of()))
                .isEqualTo(100);
        assertThat(DjangoRelevance.score("Djangoist", "unchained", List.of())).as("whole words only").isZero();
    }

    @Test
    void levelsComeFromWordsAndTwoLevelsSayNothing() {
        assertThat(LevelWords.in("Sr. Django Engineer")).contains(Level.SENIOR);
        assertThat(LevelWords.in("Head of Engineering")).contains(Level.SENIOR);
        assertThat(LevelWords.in("Tech Lead, Payments")).contains(Level.SENIOR);
        assertThat(LevelWords.in("Entry-level Python developer")).contains(Level.JUNIOR);
        assertThat(LevelWords.in("Graduate Software Engineer")).contains(Level.JUNIOR);
        assertThat(LevelWords.in("Mid-Level")).contains(Level.MIDDLE);
        assertThat(LevelWords.in("Junior to Senior Django Developer")).isEmpty();
        assertThat(LevelWords.in("Django Developer")).isEmpty();
        assertThat(LevelWords.in("Headless CMS developer")).isEmpty();
    }

    @Test
    void remoteRolesFitTheZonesTheirLocationNames() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZoneId newYork = ZoneId.of("America/New_York");
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        assertThat(ZoneFit.fits("Europe", berlin, WINTER)).isTrue();
        assertThat(ZoneFit.fits("Europe", newYork, WINTER)).as("UTC-5 is 4 h from UTC-1").isFalse();
        assertThat(ZoneFit.fits("USA only", newYork, WINTER)).isTrue();
        assertThat(ZoneFit.fits("USA only", berlin, WINTER)).isFalse();
        assertThat(ZoneFit.fits("UK time zones", berlin, WINTER)).as("UK is within Europe's hours").isTrue();
        assertThat(ZoneFit.fits("APAC", tokyo, WINTER)).isTrue();
        assertThat(ZoneFit.fits("Worldwide", tokyo, WINTER)).isTrue();
        assertThat(ZoneFit.fits("", tokyo, WINTER)).isTrue();
        assertThat(ZoneFit.fits("Somewhere nice", tokyo, WINTER)).as("no region named: open").isTrue();
        assertThat(ZoneFit.fits("UTC-3 ± 1h", ZoneOffset.ofHours(-6), WINTER)).as("-4..-2, slack 2 h").isTrue();
        assertThat(ZoneFit.fits("UTC-3 ± 1h", ZoneOffset.ofHours(-7), WINTER)).isFalse();
        assertThat(ZoneFit.fits("EST", berlin, WINTER)).isFalse();
        assertThat(ZoneFit.fits("Estonia", newYork, WINTER)).as("EST only as a word; Estonia is no zone").isTrue();
        assertThat(ZoneFit.fits("GMT+5:30", ZoneId.of("Asia/Kolkata"), WINTER)).isTrue();
        assertThat(ZoneFit.fits("Europe", ZoneId.of("Atlantic/Azores"), SUMMER)).as("UTC+0 in summer").isTrue();
    }

    @Test
    void linksAreComparedWithoutTrackingWwwOrTrailingSlashes() {
        assertThat(JobMerger.urlKey("https://www.python.org/jobs/7901/?utm_source=rss&ref=x#apply"))
                .isEqualTo(JobMerger.urlKey("http://python.org/jobs/7901"));
        assertThat(JobMerger.urlKey("https://board.example/jobs?id=2&utm_medium=x"))
                .isNotEqualTo(JobMerger.urlKey("https://board.example/jobs?id=3"));
        assertThat(JobText.companyKey("Harbour & Sons Ltd.")).isEqualTo(JobText.companyKey("HARBOUR & SONS"));
        assertThat(JobText.titleKey("Django Developer (m/f/d) – Remote")).isEqualTo(JobText.titleKey(
                "Django developer"));
    }

    @Test
    void queriesReadZonesAndLevelsAndWriteThemselvesBack() {
        JobQuery query = JobQuery.parse("DRF remote senior europe/berlin");

        assertThat(query.keywords()).containsExactly("drf");
        assertThat(query.remote()).contains(true);
        assertThat(query.level()).contains(Level.SENIOR);
        assertThat(query.zone()).contains(ZoneId.of("Europe/Berlin"));
        assertThat(JobQuery.parse(query.toArgs())).isEqualTo(query);
        assertThat(JobQuery.parse("utc+2 any").zone()).contains(ZoneOffset.ofHours(2));
        assertThat(JobQuery.parse("any").anyLevel()).isTrue();
        assertThat(JobQuery.parse("any senior").anyLevel()).as("a level wins over any").isFalse();
        assertThat(JobQuery.parse("remote").orElse(JobQuery.parse("onsite junior celery")))
                .isEqualTo(new JobQuery(List.of("celery"), Optional.of(true), Optional.of(Level.JUNIOR), false,
                        Optional.empty()));
    }
}
