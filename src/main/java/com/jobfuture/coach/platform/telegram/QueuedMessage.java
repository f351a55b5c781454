package com.jobfuture.coach.platform.telegram;

import java.util.concurrent.CompletableFuture;

/**
 * An outgoing message in a chat's queue: saved in the outbox under {@code id} (then {@code outcome} is null), or
 * held in memory only (a negative id) with {@code outcome} completed once Telegram answered it or it was dropped.
 */
record QueuedMessage(long id, OutgoingMessage message, CompletableFuture<CallResult> outcome) {
    /** A message saved in the outbox. */
    QueuedMessage(long id, OutgoingMessage message) {
        this(id, message, null);
    }

    /** True when the message is in the outbox (it survives a restart); false for a message held in memory. */
    boolean saved() {
        return outcome == null;
    }

    /** The same queue entry with other content (an edit sent as a new message, HTML sent as plain text). */
    QueuedMessage with(OutgoingMessage other) {
        return new QueuedMessage(id, other, outcome);
    }
}
