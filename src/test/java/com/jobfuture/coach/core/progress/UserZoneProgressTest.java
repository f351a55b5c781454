package com.jobfuture.coach.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import com.jobfuture.coach.testing.CoreFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Due today" and streaks counted in each user's own zone: the same answers, two different local calendars. */
class UserZoneProgressTest {
    @TempDir
    Path dir;
    CoreFixture core;
    long london;
    long tokyo;
    ProgressService progress;

    @BeforeEach
    void setUp() {
        core = new CoreFixture(dir);
        london = core.user("london");
        tokyo = core.user("tokyo");
        Map<Long, ZoneId> zones = Map.of(london, ZoneOffset.UTC, tokyo, ZoneId.of("Asia/Tokyo"));
        progress = new ProgressService(core.decks, core.reviews, core.scheduler, core.clock, zones::get);
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    @Test
    void streaksAndDueTodayFollowTheUsersLocalDays() {
        for (long user : new long[] {london, tokyo}) {
            // 20:00 and 02:00 UTC: two days in London, one day (05:00 and 11:00, 3 March) in Tokyo.
            log(user, Instant.parse("2026-03-02T20:00:00Z"));
            log(user, Instant.parse("2026-03-03T02:00:00Z"));
            core.reviews.saveCard(user, "orm-loop-count", new ReviewCard(CardState.REVIEW, 0, 3.0, 5.0,
                    Instant.parse("2026-03-03T20:00:00Z"), Instant.parse("2026-03-03T02:00:00Z")));
        }
        core.clock.set(Instant.parse("2026-03-03T10:00:00Z")); // London 10:00, Tokyo 19:00 (its day ends at 15:00Z)

        assertThat(progress.report(london).streakDays()).isEqualTo(2);
        assertThat(progress.report(tokyo).streakDays()).isEqualTo(1);
        assertThat(progress.report(london).dueToday()).isEqualTo(1);
        assertThat(progress.report(tokyo).dueToday()).isZero();
    }

    private void log(long user, Instant at) {
        core.reviews.log(new ReviewLogEntry(user, "orm-loop-count", Rating.GOOD, true, at));
    }
}
