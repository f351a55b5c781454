package com.jobfuture.coach.core.daily;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Operator settings of the daily feature: how late a missed post may still be made (grace), how often the runner
 * checks, the time zone used when an admin names none, and the reveal delay used when an admin names none.
 */
public record DailyOptions(Duration grace, Duration checkEvery, ZoneId defaultZone, Duration defaultReveal) {
    /** The defaults: 2 h grace, a check every 15 s, UTC, reveal after 8 h. */
    public static DailyOptions defaults() {
        return new DailyOptions(Duration.ofHours(2), Duration.ofSeconds(15), ZoneId.of("UTC"), Duration.ofHours(8));
    }
}
