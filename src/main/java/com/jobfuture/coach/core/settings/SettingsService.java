package com.jobfuture.coach.core.settings;

import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.common.UserZones;
import com.jobfuture.coach.core.notify.PrivateAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Reads and changes users' settings. Every change is committed (with the next reminder's due instant, recomputed
 * when the zone or the reminders change) before it is confirmed. Also the users' {@link UserZones}: a user who
 * chose no zone counts days in the configured default. Thread-safe.
 */
public final class SettingsService implements UserZones {
    private final SettingsRepository repository;
    private final Transactions transactions;
    private final ZoneId defaultZone;
    private final Clock clock;

    public SettingsService(SettingsRepository repository, Transactions transactions, ZoneId defaultZone,
                           Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.defaultZone = defaultZone;
        this.clock = clock;
    }

    /** The user's settings (the defaults if they changed nothing). */
    public UserSettings of(long userId) {
        return repository.find(userId).orElseGet(UserSettings::defaults);
    }

    @Override
    public ZoneId zoneOf(long userId) {
        return zoneIn(of(userId));
    }

    /** The zone these settings count days in. */
    public ZoneId zoneIn(UserSettings settings) {
        return settings.zone().orElse(defaultZone);
    }

    /** The configured zone of users who chose none. */
    public ZoneId defaultZone() {
        return defaultZone;
    }

    /** The user's local date now. */
    public LocalDate today(long userId) {
        return LocalTimes.dateOf(clock.instant(), zoneOf(userId));
    }

    /** When the user's next reminder is due, if reminders are on. */
    public Optional<Instant> nextReminder(long userId) {
        return repository.nextReminderAt(userId);
    }

    /**
     * Applies one change for the user, who sent it from {@code from} (reminders turned on go to that private
     * chat), commits it and returns the new settings.
     */
    public UserSettings apply(long userId, PrivateAddress from, SettingChange change) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            UserSettings current = of(userId);
            UserSettings updated = changed(current, change, from, now);
            boolean reschedule = change instanceof SettingChange.Zone || change instanceof SettingChange.RemindersAt
                    || change instanceof SettingChange.RemindersOn || change instanceof SettingChange.RemindersOff;
            Optional<Instant> next = reschedule ? nextReminderAt(updated, now) : repository.nextReminderAt(userId);
            repository.save(userId, updated, next, now);
            return updated;
        });
    }

    /** Switches reminders off because the user could not be reached; call it inside the caller's transaction. */
    public void remindersUnreachable(long userId) {
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            UserSettings current = of(userId);
            repository.save(userId, current.withReminders(current.reminders().turnedOff(
                    ReminderSettings.OffReason.UNREACHABLE, now)), Optional.empty(), now);
            return null;
        });
    }

    /**
     * Joins {@code from}'s settings into {@code into}'s (identities linked): each setting {@code into} has keeps
     * its value, the others come from {@code from}; reminders that are on win over reminders that are off.
     */
    void merge(long from, long into) {
        Optional<UserSettings> source = repository.find(from);
        if (source.isEmpty()) {
            return;
        }
        UserSettings kept = repository.find(into).orElseGet(UserSettings::defaults);
        UserSettings other = source.get();
        ReminderSettings reminders = kept.reminders().on() || (!other.reminders().on()
                && kept.reminders().time().isPresent()) ? kept.reminders() : other.reminders();
        UserSettings merged = new UserSettings(kept.zone().or(other::zone), reminders,
                kept.quietHours().or(other::quietHours),
                kept.dailyGoal().isPresent() ? kept.dailyGoal() : other.dailyGoal(),
                kept.targetLevel().or(other::targetLevel), kept.areas().isEmpty() ? other.areas() : kept.areas(),
                kept.interviewDate().or(other::interviewDate));
        Instant now = clock.instant();
        repository.save(into, merged, nextReminderAt(merged, now), now);
    }

    /** The next reminder of these settings at or after {@code now}, or empty when reminders are off. */
    Optional<Instant> nextReminderAt(UserSettings settings, Instant now) {
        ReminderSettings reminders = settings.reminders();
        if (!reminders.on()) {
            return Optional.empty();
        }
        return Optional.of(LocalTimes.next(reminders.time().orElseThrow(), zoneIn(settings), now, null));
    }

    private static UserSettings changed(UserSettings current, SettingChange change, PrivateAddress from,
                                        Instant now) {
        if (change instanceof SettingChange.Zone zone) {
            return current.withZone(Optional.of(zone.zone()));
        } else if (change instanceof SettingChange.RemindersAt at) {
            return current.withReminders(current.reminders().turnedOn(at.time(), from, now));
        } else if (change instanceof SettingChange.RemindersOn) {
            return current.withReminders(current.reminders().turnedOn(current.reminders().timeOrDefault(), from,
                    now));
        } else if (change instanceof SettingChange.RemindersOff) {
            return current.withReminders(current.reminders().turnedOff(ReminderSettings.OffReason.USER, now));
        } else if (change instanceof SettingChange.Quiet quiet) {
            return current.withQuietHours(quiet.hours());
        } else if (change instanceof SettingChange.Goal goal) {
            return current.withDailyGoal(goal.questions());
        } else if (change instanceof SettingChange.TargetLevel level) {
            return current.withTargetLevel(level.level());
        } else if (change instanceof SettingChange.Interview interview) {
            return current.withInterviewDate(interview.date());
        }
        return current.withAreas(((SettingChange.Areas) change).families());
    }
}
