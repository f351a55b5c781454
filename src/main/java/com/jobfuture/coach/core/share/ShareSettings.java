package com.jobfuture.coach.core.share;

import java.util.Optional;
import java.util.Set;

/** A user's sharing choices: the name shown on their pages (empty = their chat name) and what new links show. */
public record ShareSettings(Optional<String> displayName, Set<ShareSection> sections) {
    public ShareSettings {
        sections = Set.copyOf(sections);
    }

    public static ShareSettings defaults() {
        return new ShareSettings(Optional.empty(), ShareSection.defaults());
    }
}
