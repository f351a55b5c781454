package com.jobfuture.coach.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.common.Ticker;
import com.jobfuture.coach.testing.ReminderFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The reminder ticker's rhythm: a full batch is followed by the next one at once, not after the check interval. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReminderTickerTest {
    @TempDir
    Path dir;
    ReminderFixture fx;

    @BeforeEach
    void setUp() {
        fx = new ReminderFixture(dir);
        fx.core.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        fx.options = new ReminderOptions(Duration.ofHours(2), Duration.ofHours(1), 2);
        fx.restart();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void fullBatchesFollowEachOtherAndClosingStopsIt() throws Exception {
        for (String name : new String[] {"u1", "u2", "u3", "u4", "u5"}) {
            fx.set(name, "reminders 10:00");
            fx.dueReviews(name, 1);
        }
        fx.core.clock.set(Instant.parse("2026-03-02T10:00:00Z"));

        try (Ticker runner = fx.scheduler.ticker(fx.options.checkEvery(), fx.options.batchSize())) {
            runner.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (fx.messenger.sent().size() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }

        // Three ticks (2 + 2 + 1) ran well within the hour-long check interval.
        assertThat(fx.messenger.sent()).hasSize(5);
        assertThat(fx.scheduler.tick().handled()).isZero(); // stopped: later ticks do nothing
    }
}
