package com.jobfuture.coach.core.share;

import com.jobfuture.coach.core.deck.Family;
import java.time.Instant;
import java.util.Set;

/**
 * A share link as stored (the token itself is never stored, only its hash): the owner's link number, what the page
 * shows (its sections, and with {@link ShareSection#LEVELS} the areas whose skill-check level it shows), its
 * lifetime, whether it was revoked, and how often others viewed it (the owner's previews are not counted).
 */
public record ShareLink(long id, long userId, int number, Set<ShareSection> sections, Instant createdAt,
                        Instant expiresAt, Instant revokedAt, int views, Instant lastViewedAt, Set<Family> levelAreas) {
    public ShareLink {
        sections = Set.copyOf(sections);
        levelAreas = Set.copyOf(levelAreas);
    }

    /** True if the page can be opened at {@code now}: not revoked and not expired. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
