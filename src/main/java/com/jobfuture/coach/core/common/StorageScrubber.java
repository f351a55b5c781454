package com.jobfuture.coach.core.common;

/** Makes deleted data unreadable in the storage files (the database's log of old versions included). */
public interface StorageScrubber {
    /** Removes old copies of deleted rows; returns false if some could not be removed yet (then logged). */
    boolean scrubDeleted();

    /** For storage that keeps no old copies. */
    static StorageScrubber none() {
        return () -> true;
    }
}
