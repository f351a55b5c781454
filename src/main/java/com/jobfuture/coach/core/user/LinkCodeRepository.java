package com.jobfuture.coach.core.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One-time /link codes (stored as hashes) and the wrong codes each user entered. */
public interface LinkCodeRepository {
    /** Stores a user's new code, replacing any earlier one, and drops every expired code. */
    void replace(long userId, String codeHash, Instant createdAt, Instant expiresAt);

    /** The owner of a code that has not expired, without using it up. */
    Optional<Long> owner(String codeHash, Instant now);

    /** Uses a code up; true only for the one caller that deleted it (so a code links once). */
    boolean consume(String codeHash);

    /** When the user's current code expires, if they have one. */
    Optional<Instant> codeExpiry(long userId, Instant now);

    /** Records a wrong code entered by the user and drops attempts older than {@code forgetBefore}. */
    void recordFailure(long userId, Instant at, Instant forgetBefore);

    /** The times of the user's wrong codes after an instant, oldest first. */
    List<Instant> failuresSince(long userId, Instant since);
}
