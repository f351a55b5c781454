package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.platform.common.SnapshotTag;
import java.util.List;

/**
 * One Telegram message to deliver: a new message, an edit of {@code editMessageId} when set, or a document when
 * {@code document} is set (then {@code text} is its caption). {@code html} says whether {@code text} is HTML
 * (parse_mode HTML) or plain; the keyboard rows carry callback actions. {@code replyTo} makes a new message a reply
 * (sent even if that message is gone). {@code fallback} is sent instead if the chat refuses the message because
 * the bot may not write to it (a group member's private chat with a bot they never started). {@code snapshot} (may
 * be null) marks a part of a snapshot reply: it is dropped unsent when a newer snapshot of the same thing is queued
 * behind it (kept in memory only: after a restart every saved message is sent).
 */
record OutgoingMessage(long chatId, Integer editMessageId, String text, boolean html, List<List<Button>> keyboard,
                       Attachment document, Integer replyTo, OutgoingMessage fallback, SnapshotTag snapshot) {
    OutgoingMessage {
        keyboard = keyboard.stream().map(List::copyOf).toList();
        if (fallback != null && fallback.fallback() != null) {
            throw new IllegalArgumentException("a fallback has no fallback of its own");
        }
    }

    /** A message that is not part of a snapshot. */
    OutgoingMessage(long chatId, Integer editMessageId, String text, boolean html, List<List<Button>> keyboard,
                    Attachment document, Integer replyTo, OutgoingMessage fallback) {
        this(chatId, editMessageId, text, html, keyboard, document, replyTo, fallback, null);
    }

    /** A text message (or an edit when {@code editMessageId} is set). */
    OutgoingMessage(long chatId, Integer editMessageId, String text, boolean html, List<List<Button>> keyboard) {
        this(chatId, editMessageId, text, html, keyboard, null, null, null);
    }

    /** A file, sent as a Telegram document without a caption. */
    static OutgoingMessage document(long chatId, Attachment file) {
        return new OutgoingMessage(chatId, null, "", false, List.of(), file, null, null);
    }

    boolean isEdit() {
        return editMessageId != null;
    }

    /** The same content as a new message (when the message to edit is gone). */
    OutgoingMessage asNewMessage() {
        return new OutgoingMessage(chatId, null, text, html, keyboard, document, replyTo, fallback, snapshot);
    }

    /** The same content as plain text (when Telegram rejected the HTML). */
    OutgoingMessage asPlainText() {
        return new OutgoingMessage(chatId, editMessageId, ReplyFormatter.toPlainText(text), false, keyboard,
                document, replyTo, fallback, snapshot);
    }

    /** The same message as a reply to {@code messageId} in its chat. */
    OutgoingMessage replyingTo(Integer messageId) {
        return new OutgoingMessage(chatId, editMessageId, text, html, keyboard, document, messageId, fallback,
                snapshot);
    }

    /** The same message, with {@code other} to send instead if the chat refuses it. */
    OutgoingMessage withFallback(OutgoingMessage other) {
        return new OutgoingMessage(chatId, editMessageId, text, html, keyboard, document, replyTo, other, snapshot);
    }

    /** The same message as a part of the snapshot {@code tag}. */
    OutgoingMessage inSnapshot(SnapshotTag tag) {
        return new OutgoingMessage(chatId, editMessageId, text, html, keyboard, document, replyTo, fallback, tag);
    }
}
