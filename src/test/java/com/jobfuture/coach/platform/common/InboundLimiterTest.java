package com.jobfuture.coach.platform.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.common.InboundLimiter.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-user inbound limit, in virtual time (a nanosecond counter the test moves). */
class InboundLimiterTest {
    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final InboundLimiter limiter = new InboundLimiter(3, Duration.ofSeconds(10), nanos::get);

    @Test
    void aFloodGetsItsShareOneNoticeAndNothingElse() {
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            verdicts.add(limiter.check("telegram:1"));
        }

        assertThat(verdicts.subList(0, 4)).containsExactly(Verdict.HANDLE, Verdict.HANDLE, Verdict.HANDLE,
                Verdict.NOTIFY);
        assertThat(verdicts.subList(4, 300)).containsOnly(Verdict.DROP);
        assertThat(limiter.check("telegram:2")).as("another user").isEqualTo(Verdict.HANDLE);
    }

    @Test
    void theNextWindowAllowsAgainAndNoticesAgain() {
        for (int i = 0; i < 5; i++) {
            limiter.check("discord:1");
        }
        nanos.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(limiter.check("discord:1")).isEqualTo(Verdict.DROP);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(List.of(limiter.check("discord:1"), limiter.check("discord:1"), limiter.check("discord:1"),
                limiter.check("discord:1"), limiter.check("discord:1"))).containsExactly(Verdict.HANDLE,
                Verdict.HANDLE, Verdict.HANDLE, Verdict.NOTIFY, Verdict.DROP);
    }

    @Test
    void aUserAtHumanPaceIsNeverLimited() {
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.check("console:op")).isEqualTo(Verdict.HANDLE);
            nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        }
    }
}
