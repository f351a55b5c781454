package com.jobfuture.coach.core.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobfuture.coach.testing.CoreFixture;
import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import com.jobfuture.coach.core.common.CoachCounter;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.testing.ShareFixture;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Nested;

class ShareServiceTest {
    @Nested
    class OnSqlite extends ShareServiceCases {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends ShareServiceCases {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

/** The cases, run on each database. */
abstract class ShareServiceCases extends StorageTest {
    ShareFixture fx;
    ShareService shares;
    long dana;

    ShareServiceCases(TestStorage storage) {
        super(storage);
    }

    @BeforeEach
    void setUp() {
        fx = new ShareFixture(CoreFixture.on(db, folder));
        shares = fx.shares;
        dana = fx.core.user("Dana");
    }

    @Test
    void tokensAre128RandomBitsInUrlSafeBase64AndNeverRepeat() {
        ShareTokens tokens = new ShareTokens(new SecureRandom());
        Set<String> seen = new HashSet<>();
        int[] bitCounts = new int[128];
        int samples = 2000;
        for (int i = 0; i < samples; i++) {
            String token = tokens.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{22}");
            assertThat(ShareTokens.wellFormed(token)).isTrue();
            byte[] bytes = Base64.getUrlDecoder().decode(token);
            assertThat(bytes).hasSize(16);
            for (int bit = 0; bit < 128; bit++) {
                bitCounts[bit] += (bytes[bit / 8] >> (bit % 8)) & 1;
            }
            assertThat(seen.add(token)).isTrue();
        }
        // Every one of the 128 bits varies: each is set in about half of the tokens (binomial, 6 sigma bounds).
        for (int bit = 0; bit < 128; bit++) {
            assertThat(bitCounts[bit]).as("bit %d", bit).isBetween(samples / 2 - 135, samples / 2 + 135);
        }
    }

    @Test
    void onlyTheHashOfATokenIsStored() {
        ShareResult.Created created = create(30, ShareSection.defaults());

        List<String> stored = fx.core.database.read(c -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT * FROM share_links")) {
                while (r.next()) {
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        rows.add(String.valueOf(r.getString(i)));
                    }
                }
            }
            return rows;
        });
        assertThat(stored).noneMatch(value -> value.contains(created.token()));
        assertThat(stored).contains(ShareTokens.hash(created.token()));
        assertThat(ShareTokens.hash(created.token())).hasSize(64).isNotEqualTo(created.token());
    }

    @Test
    void aLinkShowsTheChosenSectionsOnlyAndCountsViews() {
        fx.answer(dana, "orm-loop-count", Rating.GOOD);
        ShareResult.Created created = create(30, ShareSection.defaults());

        SharePage page = shares.view(created.token()).orElseThrow();
        assertThat(page.name()).as("never the chat name by default").isEmpty();
        assertThat(page.notShown()).containsExactly("their name", "skill-check levels", "practice figures per topic",
                "activity");
        assertThat(page.preview()).isFalse();
        assertThat(page.sharedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(page.validUntil()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(page.families()).extracting(SharePage.Mastery::label).containsExactly("ORM", "Security");
        assertThat(page.families().get(0).share()).isGreaterThan(0);
        // Beside mastery: coverage (1 of 3 ORM questions seen) and recent accuracy (1 of 1 right).
        assertThat(page.families().get(0)).extracting(SharePage.Mastery::seen, SharePage.Mastery::total,
                SharePage.Mastery::recentRight, SharePage.Mastery::recentAnswers).containsExactly(1, 3, 1, 1);
        assertThat(page.families().get(1)).extracting(SharePage.Mastery::share, SharePage.Mastery::seen,
                SharePage.Mastery::total, SharePage.Mastery::recentAnswers).containsExactly(0.0, 0, 1, 0);
        assertThat(page.topics()).isEmpty();
        assertThat(page.activity()).isEmpty();

        shares.view(created.token());
        shares.view(created.token(), false); // a link-preview robot
        assertThat(shares.active(dana).get(0).views()).isEqualTo(2);
        assertThat(shares.active(dana).get(0).lastViewedAt()).isEqualTo(fx.core.clock.instant());
        assertThat(fx.count(CoachCounter.SHARE_VIEWS)).isEqualTo(2);
    }

    @Test
    void theOwnersPreviewShowsThePageWithoutCountingAndEndsWithTheLink() {
        ShareResult.Created created = create(30, ShareSection.defaults());
        String first = shares.preview(dana, 1).orElseThrow();
        String preview = shares.preview(dana, 1).orElseThrow();

        SharePage page = shares.view(preview).orElseThrow();

        assertThat(page.preview()).isTrue();
        assertThat(shares.view(first)).as("a new preview address replaces the old one").isEmpty();
        assertThat(shares.active(dana).get(0).views()).isZero();
        assertThat(shares.view(created.token()).orElseThrow().preview()).isFalse();
        assertThat(shares.active(dana).get(0).views()).isEqualTo(1);
        assertThat(shares.preview(dana, 2)).isEmpty();
        shares.revoke(dana, 1);
        assertThat(shares.view(preview)).isEmpty();
    }

    @Test
    void topicsAndActivityWhenChosenWithoutTheName() {
        fx.answer(dana, "orm-loop-count", Rating.GOOD);
        fx.core.clock.advance(Duration.ofDays(8));
        fx.answer(dana, "sec-csrf-token", Rating.EASY);
        ShareResult.Created created = create(14, EnumSet.of(ShareSection.TOPICS, ShareSection.ACTIVITY));

        SharePage page = shares.view(created.token()).orElseThrow();
        assertThat(page.name()).isEmpty();
        assertThat(page.families()).isEmpty();
        assertThat(page.topics()).extracting(SharePage.Mastery::group, SharePage.Mastery::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ORM", "N+1 queries"),
                        org.assertj.core.groups.Tuple.tuple("Security", "Web security"));
        SharePage.Activity activity = page.activity().orElseThrow();
        assertThat(activity.answersLast30Days()).isEqualTo(2);
        assertThat(activity.activeDaysLast30Days()).isEqualTo(2);
        assertThat(activity.lastPractised()).contains(LocalDate.of(2026, 3, 10));
        assertThat(activity.answersPerWeek()).hasSize(8).endsWith(1, 1);
    }

    @Test
    void linksExpireAfterTheirDays() {
        ShareResult.Created created = create(7, ShareSection.defaults());

        fx.core.clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(shares.view(created.token())).isPresent();
        fx.core.clock.advance(Duration.ofSeconds(1));
        assertThat(shares.view(created.token())).isEmpty();
        assertThat(shares.active(dana)).isEmpty();
        assertThat(fx.count(CoachCounter.SHARE_NOT_FOUND)).isEqualTo(1);
    }

    @Test
    void daysMustBeOneTo365() {
        assertThatThrownBy(() -> shares.create(dana, 0, ShareSection.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shares.create(dana, 366, ShareSection.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(create(365, ShareSection.defaults()).link().expiresAt())
                .isEqualTo(fx.core.clock.instant().plus(Duration.ofDays(365)));
    }

    @Test
    void revokedLinksAreGoneAtOnceAndNumbersAreNotReused() {
        ShareResult.Created first = create(30, ShareSection.defaults());
        ShareResult.Created second = create(30, ShareSection.defaults());
        assertThat(first.link().number()).isEqualTo(1);
        assertThat(second.link().number()).isEqualTo(2);

        assertThat(shares.revoke(dana, 1)).isTrue();
        assertThat(shares.view(first.token())).isEmpty();
        assertThat(shares.view(second.token())).isPresent();
        assertThat(shares.revoke(dana, 1)).isFalse();
        assertThat(create(30, ShareSection.defaults()).link().number()).isEqualTo(3);

        assertThat(shares.revokeAll(dana)).isEqualTo(2);
        assertThat(shares.view(second.token())).isEmpty();
        assertThat(shares.active(dana)).isEmpty();
        assertThat(shares.all(dana)).hasSize(3);
    }

    @Test
    void aReissuedLinkGetsANewTokenThatReplacesTheOldOneButNotWhenRevoked() {
        ShareResult.Created first = create(30, ShareSection.defaults());
        ShareResult.Created second = create(30, ShareSection.defaults());

        ShareResult.Created again = shares.reissue(dana, 1).orElseThrow();
        assertThat(again.link().number()).isEqualTo(1);
        assertThat(again.link().expiresAt()).as("the same link").isEqualTo(first.link().expiresAt());
        assertThat(again.token()).isNotEqualTo(first.token()).matches("[A-Za-z0-9_-]{22}");
        assertThat(shares.view(first.token())).as("the old token").isEmpty();
        assertThat(shares.view(again.token())).as("the new token").isPresent();
        assertThat(shares.view(second.token())).as("another link untouched").isPresent();
        assertThat(shares.active(dana)).hasSize(2);

        shares.revoke(dana, 2);
        assertThat(shares.reissue(dana, 2)).as("revoked").isEmpty();
        assertThat(shares.view(second.token())).isEmpty();
        assertThat(shares.reissue(fx.core.user("Eve"), 1)).as("another user's number").isEmpty();
        assertThat(shares.view(again.token())).isPresent();
    }

    @Test
    void anotherUserCannotRevokeMyLink() {
        ShareResult.Created mine = create(30, ShareSection.defaults());
        long eve = fx.core.user("Eve");

        assertThat(shares.revoke(eve, mine.link().number())).isFalse();
        assertThat(shares.revokeAll(eve)).isZero();
        assertThat(shares.view(mine.token())).isPresent();
    }

    @Test
    void atMostTenActiveLinks() {
        for (int i = 0; i < ShareService.MAX_ACTIVE; i++) {
            create(30, ShareSection.defaults());
        }
        ShareResult eleventh = shares.create(dana, 30, ShareSection.defaults());
        assertThat(eleventh).isInstanceOf(ShareResult.LimitReached.class);
        assertThat(((ShareResult.LimitReached) eleventh).active()).hasSize(10);

        shares.revoke(dana, 4);
        assertThat(shares.create(dana, 30, ShareSection.defaults())).isInstanceOf(ShareResult.Created.class);
    }

    @Test
    void rescopingChangesTheLiveLinkAndTheDefaultForNewLinks() {
        ShareResult.Created created = create(30, ShareSection.defaults());

        shares.rescope(dana, 1, EnumSet.of(ShareSection.NAME, ShareSection.TOPICS));

        assertThat(shares.view(created.token()).orElseThrow().sections())
                .containsExactlyInAnyOrder(ShareSection.NAME, ShareSection.TOPICS);
        assertThat(shares.settings(dana).sections()).containsExactlyInAnyOrder(ShareSection.NAME, ShareSection.TOPICS);
    }

    @Test
    void theChosenNameIsCleanedToOneShortLine() {
        assertThat(shares.rename(dana, "  Dana\n\tK.\u2028 ")).contains("Dana K.");
        assertThat(shares.displayName(dana)).contains("Dana K.");
        assertThat(shares.rename(dana, "x".repeat(100)).orElseThrow()).hasSize(ShareService.MAX_NAME_LENGTH);
        assertThat(shares.rename(dana, " \n ")).isEmpty();
        assertThat(shares.displayName(dana)).contains("x".repeat(60));
    }

    @Test
    void malformedAndUnknownTokensFindNothing() {
        create(30, ShareSection.defaults());
        assertThat(shares.view("")).isEmpty();
        assertThat(shares.view("../../etc/passwd")).isEmpty();
        assertThat(shares.view("A".repeat(22))).isEmpty();
        assertThat(shares.view("A".repeat(2000))).isEmpty();
    }

    private ShareResult.Created create(int days, Set<ShareSection> sections) {
        return (ShareResult.Created) shares.create(dana, days, sections);
    }
}
