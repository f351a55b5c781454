package com.jobfuture.coach.core.settings;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** One change a user asked for with {@code /settings …} or a settings button. Empty values clear the setting. */
public sealed interface SettingChange {
    /** Use this time zone for local days and reminders. */
    record Zone(ZoneId zone) implements SettingChange {
    }

    /** Reminders on at this local time. */
    record RemindersAt(LocalTime time) implements SettingChange {
    }

    /** Reminders on at the last chosen time (18:00 the first time). */
    record RemindersOn() implements SettingChange {
    }

    /** Reminders off. */
    record RemindersOff() implements SettingChange {
    }

    /** Quiet hours, or none. */
    record Quiet(Optional<QuietHours> hours) implements SettingChange {
    }

    /** A daily goal in questions a day, or none. */
    record Goal(OptionalInt questions) implements SettingChange {
    }

    /** The level aimed at, or every level. */
    record TargetLevel(Optional<Level> level) implements SettingChange {
    }

    /** The interview date, or none. */
    record Interview(Optional<LocalDate> date) implements SettingChange {
    }

    /** The families to prepare (empty: all). */
    record Areas(Set<Family> families) implements SettingChange {
        public Areas {
            families = Set.copyOf(families);
        }
    }
}
