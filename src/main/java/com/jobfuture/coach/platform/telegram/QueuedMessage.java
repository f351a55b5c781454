package com.jobfuture.coach.platform.telegram;

/** An outgoing message saved in the outbox under {@code id}. */
record QueuedMessage(long id, OutgoingMessage message) {
}
