package com.jobfuture.coach.core.user;

import java.util.List;

/**
 * Files a platform keeps about a user outside the database (the console's saved exports and progress cards).
 * {@code /forget} deletes them after the user's rows are gone.
 */
@FunctionalInterface
public interface UserFiles {
    /** Deletes every file kept for these identities (those of other platforms are ignored). */
    void deleteFor(List<Identity> identities);
}
