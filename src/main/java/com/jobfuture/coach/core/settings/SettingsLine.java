package com.jobfuture.coach.core.settings;

import java.util.Optional;

/**
 * A line another feature adds to /settings about a choice it owns (job alerts), shown after the reminders.
 * Implementations read committed state only; thread-safe.
 */
@FunctionalInterface
public interface SettingsLine {
    /** The line for the user ({@code Job alerts: off — /jobs alert on}), or empty to add nothing. */
    Optional<String> of(long userId);
}
