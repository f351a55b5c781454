package com.jobfuture.coach.core.settings;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A user's personal settings. Empty values mean "not chosen": the zone is then the configured default, no quiet
 * hours, no daily goal, every level, no interview date; {@code areas} empty means every family.
 */
public record UserSettings(Optional<ZoneId> zone, ReminderSettings reminders, Optional<QuietHours> quietHours,
                           OptionalInt dailyGoal, Optional<Level> targetLevel, Set<Family> areas,
                           Optional<LocalDate> interviewDate) {
    /** The smallest and largest daily goal (questions a day). */
    public static final int MIN_GOAL = 1;
    public static final int MAX_GOAL = 200;

    public UserSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(reminders, "reminders");
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(dailyGoal, "dailyGoal");
        Objects.requireNonNull(targetLevel, "targetLevel");
        Objects.requireNonNull(interviewDate, "interviewDate");
        areas = areas.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(areas));
    }

    /** The defaults of a user who changed nothing: reminders off. */
    public static UserSettings defaults() {
        return new UserSettings(Optional.empty(), ReminderSettings.off(), Optional.empty(), OptionalInt.empty(),
                Optional.empty(), Set.of(), Optional.empty());
    }

    /** The chosen families, or every family when none was chosen. */
    public Set<Family> areasOrAll() {
        return areas.isEmpty() ? EnumSet.allOf(Family.class) : EnumSet.copyOf(areas);
    }

    /** Whether a question of this level is within the target level (a target includes the levels below it). */
    public boolean withinLevel(Level level) {
        return targetLevel.map(target -> level.ordinal() <= target.ordinal()).orElse(true);
    }

    public UserSettings withZone(Optional<ZoneId> newZone) {
        return new UserSettings(newZone, reminders, quietHours, dailyGoal, targetLevel, areas, interviewDate);
    }

    public UserSettings withReminders(ReminderSettings newReminders) {
        return new UserSettings(zone, newReminders, quietHours, dailyGoal, targetLevel, areas, interviewDate);
    }

    public UserSettings withQuietHours(Optional<QuietHours> newQuiet) {
        return new UserSettings(zone, reminders, newQuiet, dailyGoal, targetLevel, areas, interviewDate);
    }

    public UserSettings withDailyGoal(OptionalInt newGoal) {
        return new UserSettings(zone, reminders, quietHours, newGoal, targetLevel, areas, interviewDate);
    }

    public UserSettings withTargetLevel(Optional<Level> newLevel) {
        return new UserSettings(zone, reminders, quietHours, dailyGoal, newLevel, areas, interviewDate);
    }

    public UserSettings withAreas(Set<Family> newAreas) {
        return new UserSettings(zone, reminders, quietHours, dailyGoal, targetLevel, newAreas, interviewDate);
    }

    public UserSettings withInterviewDate(Optional<LocalDate> newDate) {
        return new UserSettings(zone, reminders, quietHours, dailyGoal, targetLevel, areas, newDate);
    }
}
