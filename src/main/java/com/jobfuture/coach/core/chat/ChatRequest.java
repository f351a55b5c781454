package com.jobfuture.coach.core.chat;

/** An incoming message resolved to the coach's user id, with the sender's rights. */
public record ChatRequest(long userId, ChatUser user, boolean admin) {
}
