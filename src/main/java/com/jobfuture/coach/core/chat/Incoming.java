package com.jobfuture.coach.core.chat;

import java.util.Objects;

/**
 * Something a user sent: a text message (command or answer) or a button press carrying its action, and the
 * conversation it was sent in (a direct chat unless the adapter says otherwise).
 */
public record Incoming(ChatUser user, Conversation conversation, String text, String action) {
    public Incoming {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(conversation, "conversation");
        if ((text == null) == (action == null)) {
            throw new IllegalArgumentException("exactly one of text and action must be set");
        }
    }

    /** A message in the user's direct chat with the bot. */
    public static Incoming message(ChatUser user, String text) {
        return new Incoming(user, Conversation.direct(user.externalId()), text, null);
    }

    /** A button press in the user's direct chat with the bot. */
    public static Incoming press(ChatUser user, String action) {
        return new Incoming(user, Conversation.direct(user.externalId()), null, action);
    }

    /** A message in a given conversation. */
    public static Incoming message(ChatUser user, Conversation conversation, String text) {
        return new Incoming(user, conversation, text, null);
    }

    /** A button press in a given conversation. */
    public static Incoming press(ChatUser user, Conversation conversation, String action) {
        return new Incoming(user, conversation, null, action);
    }

    /**
     * A request to show where the user's open question stands, for a platform moving the conversation elsewhere
     * (the feature that owns the user's open question answers it).
     */
    public static Incoming whereItStands(ChatUser user, Conversation conversation) {
        return new Incoming(user, conversation, null, CoachBot.WHERE_IT_STANDS);
    }

    public boolean isPress() {
        return action != null;
    }
}
