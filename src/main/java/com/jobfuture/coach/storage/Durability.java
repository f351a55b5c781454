package com.jobfuture.coach.storage;

import java.util.Locale;

/**
 * How far a SQLite commit is flushed before the write returns ({@code database.durability}). Both keep the file
 * consistent; they differ in what a power loss or an operating-system crash may undo. PostgreSQL ignores this: the
 * server's own setting ({@code synchronous_commit}) decides.
 */
public enum Durability {
    /**
     * {@code synchronous=FULL}: the write-ahead log is flushed to the disk (fsync) at every commit, so a commit
     * survives a crash of the process, of the operating system and a power loss.
     */
    FULL,
    /**
     * {@code synchronous=NORMAL} (SQLite's recommendation for WAL mode): a commit survives a crash or kill of the
     * process; a power loss or an operating-system crash may roll back the last commits (never corrupts the file).
     * The log is flushed at checkpoints.
     */
    NORMAL;

    /** The default: SQLite's own recommendation for a database in WAL mode. */
    public static final Durability DEFAULT = NORMAL;

    /** The name used in the configuration: {@code full} or {@code normal}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
