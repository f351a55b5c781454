package com.jobfuture.coach.core.jobs.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores job alerts, the day each was sent, and the roles each user has seen. Thread-safe; each call commits. */
public interface JobAlertRepository {
    /** The user's alert, on or off, if they ever turned it on. */
    Optional<JobAlert> find(long userId);

    /** Inserts or replaces the user's alert. */
    void save(JobAlert alert);

    /** Every alert that is on. */
    List<JobAlert> active();

    /**
     * Claims the user's alert for a local day: inserts the day's row in {@code state}; false (and nothing changed)
     * when that day was claimed before.
     */
    boolean claimDay(long userId, LocalDate day, AlertDayState state, int roles, Instant at);

    /** True when the user's alert for that local day was claimed (in any state). */
    boolean claimed(long userId, LocalDate day);

    /** Sets the state of a claimed day. */
    void updateDay(long userId, LocalDate day, AlertDayState state);

    /** The claimed days in a state, as user id to days. */
    Map<Long, List<LocalDate>> daysIn(AlertDayState state);

    /** The keys of the roles the user has seen. */
    Set<String> seen(long userId);

    /** Marks roles as seen by the user (keys already there stay as they are). */
    void markSeen(long userId, Collection<String> keys, Instant at);

    /** Marks roles as unseen again (after an alert that certainly did not arrive). */
    void unmarkSeen(long userId, Collection<String> keys);

    /** The user's claimed days, newest first, as day to state (for the export). */
    Map<LocalDate, AlertDayState> days(long userId);

    /** Moves {@code from}'s alert (unless {@code into} has one), days and seen roles to {@code into}. */
    void mergeInto(long from, long into);
}
