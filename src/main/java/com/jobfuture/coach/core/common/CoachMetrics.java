package com.jobfuture.coach.core.common;

/** Counts what the bot does (see {@link CoachCounter}); the app backs it with Micrometer. Thread-safe. */
public interface CoachMetrics {
    /** Adds one to a counter. */
    void increment(CoachCounter counter);

    /** Metrics that count nothing (tests, tools). */
    static CoachMetrics none() {
        return counter -> { };
    }
}
