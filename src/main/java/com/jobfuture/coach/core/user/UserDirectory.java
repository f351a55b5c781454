package com.jobfuture.coach.core.user;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;

/**
 * Resolves platform identities to user ids through a bounded cache in front of the repository;
 * the repository holds the only authoritative copy. Thread-safe.
 */
public final class UserDirectory {
    private final UserRepository users;
    private final Clock clock;
    private final Cache<String, Long> identityToUserId;

    public UserDirectory(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
        this.identityToUserId = Caffeine.newBuilder().maximumSize(10_000).build();
    }

    /** The user id for an identity; creates the user on first contact. */
    public long userId(String platform, String externalId, String displayName) {
        String key = platform + "\u0000" + externalId;
        return identityToUserId.get(key,
                k -> users.resolve(platform, externalId, displayName, clock.instant()));
    }

    /** Whether the user exists (not forgotten, not merged into another). */
    public boolean exists(long userId) {
        return users.find(userId).isPresent();
    }

    /** Forgets cached mappings (after identities were merged or deleted). */
    public void invalidateAll() {
        identityToUserId.invalidateAll();
    }
}
