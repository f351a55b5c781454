package com.jobfuture.coach.core.user;

/**
 * Files a platform keeps for a user outside the database (the console's saved exports). {@code /forget} asks the
 * platform of each of the user's identities to delete them. Implementations are thread-safe.
 */
public interface UserFiles {
    /** Deletes every file kept for the platform account {@code externalId}; returns how many were deleted. */
    int deleteFor(String externalId);
}
