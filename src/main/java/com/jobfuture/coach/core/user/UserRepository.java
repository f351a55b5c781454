package com.jobfuture.coach.core.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Maps platform identities (such as a Telegram user id) to the coach's own user ids. */
public interface UserRepository {
    /** Returns the user id of this identity, creating the user on first contact. */
    long resolve(String platform, String externalId, String displayName, Instant now);

    /** The stored display name of a user, if the user exists. */
    Optional<String> displayName(long userId);

    /** The user's own row, if the user exists. */
    Optional<UserAccount> find(long userId);

    /** The platform identities of a user (several after /link), oldest first. */
    List<Identity> identities(long userId);

    /** Moves every identity of {@code from} to {@code into}, then deletes {@code from} (and what it still owns). */
    void mergeInto(long from, long into);

    /** Deletes the user; every row that references it goes with it. */
    void delete(long userId);
}
