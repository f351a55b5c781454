package com.jobfuture.coach.core.user;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The {@link UserFiles} of the platforms running now, by platform name; adapters register theirs. Thread-safe. */
public final class UserFilesRegistry {
    private final ConcurrentMap<String, UserFiles> platformToFiles = new ConcurrentHashMap<>();

    /** Registers (or replaces) the files of a platform. */
    public void register(String platform, UserFiles files) {
        platformToFiles.put(platform, files);
    }

    /** Removes a platform's files (when the adapter stops). */
    public void unregister(String platform) {
        platformToFiles.remove(platform);
    }

    /** The files of a platform, if it keeps any and runs now. */
    public Optional<UserFiles> forPlatform(String platform) {
        return Optional.ofNullable(platformToFiles.get(platform));
    }
}
