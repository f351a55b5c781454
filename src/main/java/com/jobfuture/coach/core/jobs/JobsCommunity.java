package com.jobfuture.coach.core.jobs;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether /jobs answers in a community (a Telegram group, a Discord server channel) and the filters its admins
 * chose for it (as /jobs words, e.g. {@code remote senior}; empty for none). Communities with no record are off.
 */
public record JobsCommunity(String platform, String conversationId, boolean allowed, String filters,
                            Instant updatedAt) {
    public JobsCommunity {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
