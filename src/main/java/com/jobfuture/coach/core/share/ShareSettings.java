package com.jobfuture.coach.core.share;

import com.jobfuture.coach.core.deck.Family;
import java.util.Optional;
import java.util.Set;

/**
 * A user's sharing choices: the name shown on their pages (empty = none: pages say "A candidate"), what new links
 * show, and the areas whose skill-check level they show when levels are on.
 */
public record ShareSettings(Optional<String> displayName, Set<ShareSection> sections, Set<Family> levelAreas) {
    public ShareSettings {
        sections = Set.copyOf(sections);
        levelAreas = Set.copyOf(levelAreas);
    }

    /** Settings without any level area. */
    public ShareSettings(Optional<String> displayName, Set<ShareSection> sections) {
        this(displayName, sections, Set.of());
    }

    public static ShareSettings defaults() {
        return new ShareSettings(Optional.empty(), ShareSection.defaults());
    }
}
