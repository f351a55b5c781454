package com.jobfuture.coach.core.reminders;

import com.jobfuture.coach.core.notify.PrivateAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One claimed reminder: the user, the local date it is for (at most one per user and date), what it says, where
 * it went, its scheduled instant ({@code slotAt}), when it was claimed, how many sends were tried and when the
 * next retry may run.
 */
public record ReminderRecord(long userId, LocalDate localDate, ReminderKind kind, ReminderState state,
                             PrivateAddress to, Instant slotAt, Instant claimedAt, int attempts,
                             Optional<Instant> nextAttemptAt) {

    /** The same reminder in another state (a retry time only for {@code RETRY}). */
    public ReminderRecord with(ReminderState newState, Optional<Instant> retryAt) {
        return new ReminderRecord(userId, localDate, kind, newState, to, slotAt, claimedAt, attempts, retryAt);
    }

    /** The same reminder about to be sent again, to {@code address}, saying {@code newKind}. */
    public ReminderRecord resending(ReminderKind newKind, PrivateAddress address) {
        return new ReminderRecord(userId, localDate, newKind, ReminderState.SENDING, address, slotAt, claimedAt,
                attempts + 1, Optional.empty());
    }

    /** A stable key for the messenger (deduplication across retries of the same reminder). */
    public String key() {
        return "reminder-" + userId + "-" + localDate;
    }
}
