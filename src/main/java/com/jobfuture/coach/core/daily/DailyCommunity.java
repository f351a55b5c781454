package com.jobfuture.coach.core.daily;

import java.time.Instant;

/**
 * A community with a question of the day: its settings and status. Only slots at or after {@code activeSince}
 * (when it was set up or resumed) are posted, so setting it up late in the day or resuming never posts a backlog.
 */
public record DailyCommunity(CommunityRef ref, DailySettings settings, CommunityStatus status, Instant activeSince,
                             Instant updatedAt) {

    /** The same community with another status; becoming active restarts {@code activeSince}. */
    public DailyCommunity withStatus(CommunityStatus newStatus, Instant now) {
        Instant since = newStatus == CommunityStatus.ACTIVE && status != CommunityStatus.ACTIVE ? now : activeSince;
        return new DailyCommunity(ref, settings, newStatus, since, now);
    }
}
