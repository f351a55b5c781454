package com.jobfuture.coach.platform.telegram;

import java.util.concurrent.CompletableFuture;

/**
 * An outgoing message in a chat's queue: saved in the outbox under {@code id} (then {@code outcome} is null), or
 * held in memory only (a negative id) with {@code outcome} completed once Telegram answered it or it was dropped.
 * {@code markedOut}: its outbox row already says a request for it may be out (so it needs no write before its
 * first request; after a crash an edit is made again, a new message replaced by a notice). {@code low}: a
 * low-priority message held in memory (a reminder): any other message queued for its chat later goes before it.
 */
public record QueuedMessage(long id, OutgoingMessage message, CompletableFuture<CallResult> outcome, boolean markedOut,
                     boolean low) {
    /** A message saved in the outbox, not marked as out. */
    QueuedMessage(long id, OutgoingMessage message) {
        this(id, message, null, false, false);
    }

    /** A message saved in the outbox under {@code id}; {@code markedOut}: its row says a request may be out. */
    public static QueuedMessage saved(long id, OutgoingMessage message, boolean markedOut) {
        return new QueuedMessage(id, message, null, markedOut, false);
    }

    /** A message held in memory only. */
    QueuedMessage(long id, OutgoingMessage message, CompletableFuture<CallResult> outcome) {
        this(id, message, outcome, false, false);
    }

    /** True when the message is in the outbox (it survives a restart); false for a message held in memory. */
    boolean saved() {
        return outcome == null;
    }

    /** Whether it waits behind interactive replies: messages held in memory are community posts. */
    boolean background() {
        return !saved();
    }

    /** The same queue entry with other content (an edit sent as a new message, HTML sent as plain text). */
    QueuedMessage with(OutgoingMessage other) {
        return new QueuedMessage(id, other, outcome, markedOut, low);
    }

    /** The same entry, its row marked as possibly out. */
    QueuedMessage asMarkedOut() {
        return new QueuedMessage(id, message, outcome, true, low);
    }

    /** The same in-memory entry as a low-priority one. */
    QueuedMessage asLow() {
        return new QueuedMessage(id, message, outcome, markedOut, true);
    }
}
