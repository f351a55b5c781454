package com.jobfuture.coach.core.chat;

import java.util.Objects;

/**
 * Where a message was sent: a direct chat with the bot, or a community place (a Telegram group, a Discord server
 * channel). {@code senderIsAdmin} is the platform's own answer (Discord: Manage Server; Telegram: chat
 * administrator), checked by the adapter; it is always false in direct chats.
 */
public record Conversation(String id, boolean community, boolean senderIsAdmin) {
    public Conversation {
        Objects.requireNonNull(id, "id");
        if (!community && senderIsAdmin) {
            throw new IllegalArgumentException("admin rights only exist in communities");
        }
    }

    /** The direct chat between the bot and one user. */
    public static Conversation direct(String id) {
        return new Conversation(id, false, false);
    }

    /** A community place; the adapter says whether the sender administers it. */
    public static Conversation community(String id, boolean senderIsAdmin) {
        return new Conversation(id, true, senderIsAdmin);
    }
}
