package com.jobfuture.coach.core.chat;

import java.util.Objects;

/** Something a user sent: a text message (command or answer) or a button press carrying its action. */
public record Incoming(ChatUser user, String text, String action) {
    public Incoming {
        Objects.requireNonNull(user, "user");
        if ((text == null) == (action == null)) {
            throw new IllegalArgumentException("exactly one of text and action must be set");
        }
    }

    public static Incoming message(ChatUser user, String text) {
        return new Incoming(user, text, null);
    }

    public static Incoming press(ChatUser user, String action) {
        return new Incoming(user, null, action);
    }

    public boolean isPress() {
        return action != null;
    }
}
