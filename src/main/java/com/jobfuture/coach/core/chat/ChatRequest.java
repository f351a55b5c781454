package com.jobfuture.coach.core.chat;

/**
 * An incoming message resolved to the coach's user id, with where it was sent and the sender's rights:
 * {@code admin} is a bot admin (operator or configured); community rights are in {@link Conversation}.
 */
public record ChatRequest(long userId, ChatUser user, Conversation conversation, boolean admin) {
    /** A request from a direct chat. */
    public ChatRequest(long userId, ChatUser user, boolean admin) {
        this(userId, user, Conversation.direct(user.externalId()), admin);
    }
}
