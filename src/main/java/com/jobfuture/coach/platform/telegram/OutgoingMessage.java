package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.chat.Button;
import java.util.List;

/**
 * One Telegram message to deliver: a new message, or an edit of {@code editMessageId} when set. {@code html}
 * says whether {@code text} is HTML (parse_mode HTML) or plain; the keyboard rows carry callback actions.
 */
record OutgoingMessage(long chatId, Integer editMessageId, String text, boolean html, List<List<Button>> keyboard) {
    OutgoingMessage {
        keyboard = keyboard.stream().map(List::copyOf).toList();
    }

    boolean isEdit() {
        return editMessageId != null;
    }

    /** The same content as a new message (when the message to edit is gone). */
    OutgoingMessage asNewMessage() {
        return new OutgoingMessage(chatId, null, text, html, keyboard);
    }

    /** The same content as plain text (when Telegram rejected the HTML). */
    OutgoingMessage asPlainText() {
        return new OutgoingMessage(chatId, editMessageId, ReplyFormatter.toPlainText(text), false, keyboard);
    }
}
