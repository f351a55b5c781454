package com.jobfuture.coach.core.chat;

import java.util.List;
import java.util.Optional;

/**
 * A message from the coach: text (plain, with Markdown-style `code` and fenced blocks), optional buttons, whether
 * it may replace the message whose button was pressed (adapters that can edit messages do so), who may see it
 * (the sender only unless said otherwise), and an optional file.
 */
public record Reply(String text, List<Button> buttons, boolean replacesOrigin, Audience audience,
                    Optional<Attachment> attachment) {
    public Reply {
        buttons = List.copyOf(buttons);
    }

    /** A reply to the sender only, without a file. */
    public Reply(String text, List<Button> buttons, boolean replacesOrigin) {
        this(text, buttons, replacesOrigin, Audience.SENDER, Optional.empty());
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), false);
    }

    public static Reply withButtons(String text, List<Button> buttons) {
        return new Reply(text, buttons, false);
    }

    /** The same reply, marked as replacing the message whose button was pressed. */
    public Reply replacingOrigin() {
        return new Reply(text, buttons, true, audience, attachment);
    }

    /** The same reply, visible to everyone in the conversation. */
    public Reply toConversation() {
        return new Reply(text, buttons, replacesOrigin, Audience.CONVERSATION, attachment);
    }

    /** The same reply with a file. */
    public Reply withAttachment(Attachment file) {
        return new Reply(text, buttons, replacesOrigin, audience, Optional.of(file));
    }
}
