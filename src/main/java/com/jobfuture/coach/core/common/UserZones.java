package com.jobfuture.coach.core.common;

import java.time.ZoneId;

/**
 * The time zone in which a user's local days are counted ("due today", streaks, reminders). Implementations are
 * thread-safe and never return null; a user who chose no zone gets the configured default.
 */
@FunctionalInterface
public interface UserZones {
    /** The user's zone now. */
    ZoneId zoneOf(long userId);

    /** The same zone for everyone (tools, tests, and the state before per-user zones existed). */
    static UserZones fixed(ZoneId zone) {
        return userId -> zone;
    }
}
