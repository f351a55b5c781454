package com.jobfuture.coach.core.settings;

import java.time.Instant;
import java.util.Optional;

/** Stores each user's settings and the instant their next reminder is due. */
public interface SettingsRepository {
    /** The user's settings, if they ever changed one. */
    Optional<UserSettings> find(long userId);

    /**
     * Inserts or replaces the user's settings and when their next reminder is due (empty when reminders are off).
     */
    void save(long userId, UserSettings settings, Optional<Instant> nextReminderAt, Instant now);

    /** When the user's next reminder is due, if reminders are on. */
    Optional<Instant> nextReminderAt(long userId);
}
