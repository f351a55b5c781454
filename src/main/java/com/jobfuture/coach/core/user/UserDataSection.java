package com.jobfuture.coach.core.user;

/**
 * Per-user data a feature keeps. It is exported on /export and moved when /link merges two users; /forget deletes
 * the user and every row referencing it (foreign keys cascade). A feature with a new per-user table adds one.
 */
public interface UserDataSection {
    /** The key of this section in the export, e.g. {@code reviews}. */
    String name();

    /** The user's data as JSON-friendly values (records, lists, maps, strings, numbers, instants). */
    Object export(long userId);

    /** Moves {@code from}'s data to {@code into}; runs inside the merge transaction, before {@code from} is deleted. */
    void merge(long from, long into);
}
