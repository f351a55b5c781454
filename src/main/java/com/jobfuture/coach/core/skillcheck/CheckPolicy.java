package com.jobfuture.coach.core.skillcheck;

import java.time.Duration;
import java.util.Objects;

/**
 * The rules around checks: how long after a finished check of an area the next one may start ({@code
 * retakeAfter}, so the level is not retaken until lucky), and how far back questions count as recently seen (left
 * out of a check while the bank has enough others).
 */
public record CheckPolicy(Duration retakeAfter, Duration recentWindow) {
    /** The default wait between two checks of one area. */
    public static final Duration DEFAULT_RETAKE = Duration.ofDays(7);
    /** Questions answered in the last 14 days are left out when the bank allows. */
    public static final Duration DEFAULT_RECENT = Duration.ofDays(14);

    public CheckPolicy {
        Objects.requireNonNull(retakeAfter, "retakeAfter");
        Objects.requireNonNull(recentWindow, "recentWindow");
        if (retakeAfter.isNegative() || recentWindow.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }

    public static CheckPolicy defaults() {
        return new CheckPolicy(DEFAULT_RETAKE, DEFAULT_RECENT);
    }
}
