package com.jobfuture.coach.core.daily;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The publishers of the platforms running now, by platform name ({@code telegram}, {@code discord},
 * {@code console}); adapters register theirs when they start. Communities of a platform without a publisher are
 * left alone (nothing is chosen or posted for them). Thread-safe.
 */
public final class CommunityPublishers {
    private final ConcurrentMap<String, CommunityPublisher> platformToPublisher = new ConcurrentHashMap<>();

    /** Registers (or replaces) the publisher of a platform. */
    public void register(String platform, CommunityPublisher publisher) {
        platformToPublisher.put(platform, publisher);
    }

    /** Removes the publisher of a platform (when the adapter stops). */
    public void unregister(String platform) {
        platformToPublisher.remove(platform);
    }

    /** The publisher for a platform, if that platform runs now. */
    public Optional<CommunityPublisher> forPlatform(String platform) {
        return Optional.ofNullable(platformToPublisher.get(platform));
    }
}
