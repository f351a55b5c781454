package com.jobfuture.coach.core.jobs.alerts;

import com.jobfuture.coach.core.settings.QuietHours;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The port that says when a user's alert is due: their reminder time (or the reminders' default) in their time
 * zone, and their quiet hours, in which no alert starts. Thread-safe.
 */
@FunctionalInterface
public interface AlertTimes {
    /** When the user's daily alert goes out. */
    AlertTime of(long userId);

    /** A local time of day in a zone, and the quiet hours there (if any). */
    record AlertTime(LocalTime time, ZoneId zone, Optional<QuietHours> quiet) {
        public AlertTime {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(quiet, "quiet");
        }

        /** A time without quiet hours. */
        public AlertTime(LocalTime time, ZoneId zone) {
            this(time, zone, Optional.empty());
        }

        /** True when {@code now} falls inside the quiet hours in the zone. */
        public boolean quietAt(Instant now) {
            return quiet.filter(hours -> hours.contains(now.atZone(zone).toLocalTime())).isPresent();
        }
    }
}
