package com.jobfuture.coach.core.chat;

/** Who may see a reply: only the sender (the default: anything personal) or everyone in the conversation. */
public enum Audience {
    /** Only the person who sent the message (ephemeral on Discord, a private chat on Telegram). */
    SENDER,
    /** Everyone in the conversation where the message was sent (e.g. a community's question of the day). */
    CONVERSATION
}
