package com.jobfuture.coach.core.user;

import java.time.Instant;
import java.util.Optional;

/** Maps platform identities (such as a Telegram user id) to the coach's own user ids. */
public interface UserRepository {
    /** Returns the user id of this identity, creating the user on first contact. */
    long resolve(String platform, String externalId, String displayName, Instant now);

    /** The stored display name of a user, if the user exists. */
    Optional<String> displayName(long userId);
}
