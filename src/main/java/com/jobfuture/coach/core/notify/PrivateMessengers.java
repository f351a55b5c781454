package com.jobfuture.coach.core.notify;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The private messengers of the platforms running now, by platform name; adapters register theirs when they
 * start. Users whose platform has none are left alone (nothing is claimed or sent for them). Thread-safe.
 */
public final class PrivateMessengers {
    private final ConcurrentMap<String, PrivateMessenger> platformToMessenger = new ConcurrentHashMap<>();

    /** Registers (or replaces) the messenger of a platform. */
    public void register(String platform, PrivateMessenger messenger) {
        platformToMessenger.put(platform, messenger);
    }

    /** Removes the messenger of a platform (when the adapter stops). */
    public void unregister(String platform) {
        platformToMessenger.remove(platform);
    }

    /** The messenger for a platform, if that platform runs now and can send private messages. */
    public Optional<PrivateMessenger> forPlatform(String platform) {
        return Optional.ofNullable(platformToMessenger.get(platform));
    }

    /** The platforms that can send private messages now. */
    public Set<String> platforms() {
        return Set.copyOf(platformToMessenger.keySet());
    }
}
