package com.jobfuture.coach.core.jobs.alerts;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's job alert: the filters (as /jobs words), the private chat it goes to (platform and the user's id there),
 * whether it is on, since when, and when it last changed.
 */
public record JobAlert(long userId, String filters, String platform, String externalId, boolean active,
                       Instant since, Instant updatedAt) {
    public JobAlert {
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The same alert, turned off at {@code at}. */
    public JobAlert off(Instant at) {
        return new JobAlert(userId, filters, platform, externalId, false, since, at);
    }
}
