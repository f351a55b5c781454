package com.jobfuture.coach.core.reminders;

import java.time.Duration;

/**
 * Operator settings of reminders: how late a reminder may still go out (grace; older ones are skipped), how often
 * the runner checks, and how many reminders one check sends at most (the fan-out's pace).
 */
public record ReminderOptions(Duration grace, Duration checkEvery, int batchSize) {
    public ReminderOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
    }

    /** The defaults: 2 h grace, a check every 10 s, at most 500 reminders per check. */
    public static ReminderOptions defaults() {
        return new ReminderOptions(Duration.ofHours(2), Duration.ofSeconds(10), 500);
    }
}
