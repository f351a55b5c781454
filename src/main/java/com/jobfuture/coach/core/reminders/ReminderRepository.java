package com.jobfuture.coach.core.reminders;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Durable reminder state: who is due (users' next reminder instants, kept with their settings) and the claimed
 * reminders, at most one per user and local date (the claim is the unique insert of that row).
 */
public interface ReminderRepository {
    /** A user whose reminder is due, and the instant it was due at. */
    record Due(long userId, Instant nextAt) {
    }

    /**
     * Up to {@code limit} users whose next reminder is at or before {@code now} and goes to one of
     * {@code platforms}, earliest first (ties by user id).
     */
    List<Due> due(Instant now, Set<String> platforms, int limit);

    /**
     * Moves the user's next reminder from {@code expected} to {@code next}; false (and nothing changed) when the
     * stored instant is no longer {@code expected} (the user changed their settings meanwhile).
     */
    boolean advance(long userId, Instant expected, Instant next);

    /** Inserts the claimed reminder; false when the user already has one for that local date. */
    boolean claim(ReminderRecord record);

    /** Writes the reminder's state, kind, address, attempts and retry time if it is still in {@code expected}. */
    boolean update(ReminderRecord record, ReminderState expected);

    /** Reminders in a state, oldest claim first. */
    List<ReminderRecord> inState(ReminderState state);

    /** Up to {@code limit} reminders waiting for a retry whose time has come, oldest first. */
    List<ReminderRecord> retriesDue(Instant now, int limit);

    /** The user's reminders, oldest first (for their export). */
    List<ReminderRecord> history(long userId);

    /** Moves {@code from}'s reminders to {@code into}; where both have one for a date, {@code into}'s is kept. */
    void moveHistory(long from, long into);
}
