package com.jobfuture.coach.core.chat;

import java.util.List;

/**
 * A message from the coach: text (plain, with Markdown-style `code` and fenced blocks), optional buttons, and
 * whether it may replace the message whose button was pressed (adapters that can edit messages do so).
 */
public record Reply(String text, List<Button> buttons, boolean replacesOrigin) {
    public Reply {
        buttons = List.copyOf(buttons);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), false);
    }

    public static Reply withButtons(String text, List<Button> buttons) {
        return new Reply(text, buttons, false);
    }

    /** The same reply, marked as replacing the message whose button was pressed. */
    public Reply replacingOrigin() {
        return new Reply(text, buttons, true);
    }
}
