package com.jobfuture.coach.core.reminders;

import java.time.Duration;

/**
 * Operator settings of reminders: how late a reminder may still go out (grace; older ones are skipped), how often
 * the runner checks, how many reminders one check sends at most, and how many may wait at the platforms at once
 * ({@code maxInFlight}: enough to keep a platform's limit busy across its round trips).
 */
public record ReminderOptions(Duration grace, Duration checkEvery, int batchSize, int maxInFlight) {
    /** Reminders waiting at the platforms at once by default: 30/s over round trips of up to a second. */
    public static final int DEFAULT_IN_FLIGHT = 32;

    public ReminderOptions {
        if (batchSize < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("batchSize and maxInFlight must be at least 1");
        }
    }

    /** With {@link #DEFAULT_IN_FLIGHT} reminders in flight at most. */
    public ReminderOptions(Duration grace, Duration checkEvery, int batchSize) {
        this(grace, checkEvery, batchSize, DEFAULT_IN_FLIGHT);
    }

    /** The defaults: 2 h grace, a check every 10 s, at most 500 reminders per check. */
    public static ReminderOptions defaults() {
        return new ReminderOptions(Duration.ofHours(2), Duration.ofSeconds(10), 500);
    }
}
