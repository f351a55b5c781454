package com.jobfuture.coach.core.share;

import com.jobfuture.coach.core.deck.Family;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores share links (by token hash) and each user's sharing settings. */
public interface ShareRepository {
    /** Stores a new link with the user's next link number (numbers are never reused) and returns it. */
    ShareLink create(long userId, String tokenHash, Set<ShareSection> sections, Set<Family> levelAreas,
                     Instant createdAt, Instant expiresAt);

    /** The link with this token hash, whatever its state. */
    Optional<ShareLink> findByTokenHash(String tokenHash);

    /** The link whose owner's preview token has this hash, whatever its state. */
    Optional<ShareLink> findByPreviewHash(String previewHash);

    /** Sets (replacing any) the hash of the owner's preview token of a link; true if the user has that link. */
    boolean setPreviewHash(long userId, int number, String previewHash);

    /** Replaces the token hash of the user's link (the old token stops working); true if the user has that link. */
    boolean replaceTokenHash(long userId, int number, String tokenHash);

    /** Every link of the user, newest first. */
    List<ShareLink> links(long userId);

    /** Counts one view of a link. */
    void recordView(long linkId, Instant at);

    /** Revokes the user's link with this number if it is not revoked yet; true if it was. */
    boolean revoke(long userId, int number, Instant at);

    /** Changes what a link shows; true if the user has a link with this number. */
    boolean updateSections(long userId, int number, Set<ShareSection> sections, Set<Family> levelAreas);

    /** The user's settings, if they changed any. */
    Optional<ShareSettings> settings(long userId);

    void saveSettings(long userId, ShareSettings settings);

    /**
     * Moves {@code from}'s links to {@code into}, numbered after {@code into}'s; {@code into}'s settings stay if it
     * has any, else {@code from}'s move.
     */
    void mergeInto(long from, long into);
}
