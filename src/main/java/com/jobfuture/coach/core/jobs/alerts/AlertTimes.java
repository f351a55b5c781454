package com.jobfuture.coach.core.jobs.alerts;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The port that says when a user's alert is due: their reminder time (or the reminders' default) in their time
 * zone. Thread-safe.
 */
@FunctionalInterface
public interface AlertTimes {
    /** When the user's daily alert goes out. */
    AlertTime of(long userId);

    /** A local time of day in a zone. */
    record AlertTime(LocalTime time, ZoneId zone) {
    }
}
