package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.SecretRef;
import com.jobfuture.coach.platform.common.SnapshotTag;
import java.util.List;

/**
 * One Telegram message to deliver: a new message, an edit of {@code editMessageId} when set, or a document when
 * {@code document} is set (then {@code text} is its caption). {@code html} says whether {@code text} is HTML
 * (parse_mode HTML) or plain; the keyboard rows carry callback actions. {@code replyTo} makes a new message a reply
 * (sent even if that message is gone). {@code fallback} is sent instead if the chat refuses the message because
 * the bot may not write to it (a group member's private chat with a bot they never started). {@code confidential}:
 * it carries a secret or personal data (a share link, a link code, an export), so its content is never written to
 * the database — it is held in memory until sent. {@code snapshot} (may be null) marks a part of a snapshot reply:
 * it is dropped unsent when a newer snapshot of the same thing is queued behind it (kept in memory only: after a
 * restart every saved message is sent). {@code secret} (may be null) names a confidential message's secret without
 * it (kept in its row, so that after a restart the coach renders it again instead of the user being asked again).
 */
public record OutgoingMessage(long chatId, Integer editMessageId, String text, boolean html, List<List<Button>> keyboard,
                       Attachment document, Integer replyTo, OutgoingMessage fallback, boolean confidential,
                       SnapshotTag snapshot, SecretRef secret) {
    /** What a message sent again after a failure that may have delivered it says first. */
    static final String SENT_AGAIN = "(sent again)";

    public OutgoingMessage {
        keyboard = keyboard.stream().map(List::copyOf).toList();
        if (fallback != null && fallback.fallback() != null) {
            throw new IllegalArgumentException("a fallback has no fallback of its own");
        }
    }

    /** A message naming no secret (see {@code secret}). */
    public OutgoingMessage(long chatId, Integer editMessageId, String text, boolean html, List<List<Button>> keyboard,
                    Attachment document, Integer replyTo, OutgoingMessage fallback, boolean confidential,
                    SnapshotTag snapshot) {
        this(chatId, editMessageId, text, html, keyboard, document, replyTo, fallback, confidential, snapshot, null);
    }

    /** A message that may be kept in the database, not part of a snapshot. */
    public OutgoingMessage(long chatId, Integer editMessageId, String text, boolean html, List<List<Button>> keyboard,
                    Attachment document, Integer replyTo, OutgoingMessage fallback) {
        this(chatId, editMessageId, text, html, keyboard, document, replyTo, fallback, false, null);
    }

    /** A text message (or an edit when {@code editMessageId} is set). */
    public OutgoingMessage(long chatId, Integer editMessageId, String text, boolean html, List<List<Button>> keyboard) {
        this(chatId, editMessageId, text, html, keyboard, null, null, null);
    }

    /** A file, sent as a Telegram document without a caption. */
    static OutgoingMessage document(long chatId, Attachment file) {
        return new OutgoingMessage(chatId, null, "", false, List.of(), file, null, null);
    }

    /** True for an edit of an earlier message. */
    public boolean isEdit() {
        return editMessageId != null;
    }

    /** The same content as a new message (when the message to edit is gone). */
    OutgoingMessage asNewMessage() {
        return new OutgoingMessage(chatId, null, text, html, keyboard, document, replyTo, fallback, confidential,
                snapshot, secret);
    }

    /** The same content as plain text (when Telegram rejected the HTML). */
    OutgoingMessage asPlainText() {
        return new OutgoingMessage(chatId, editMessageId, ReplyFormatter.toPlainText(text), false, keyboard,
                document, replyTo, fallback, confidential, snapshot, secret);
    }

    /**
     * The same message marked as sent again: a new message whose earlier attempt may have arrived (the connection
     * broke after the request went out, or the bot stopped while it was out) says so on its first line, so a
     * duplicate is visible rather than silent. An edit is the same however often it is made, and stays as is.
     */
    OutgoingMessage sentAgain() {
        if (isEdit() || text.startsWith(SENT_AGAIN) || text.startsWith("<i>" + SENT_AGAIN)) {
            return this;
        }
        String marked = text.isEmpty() ? SENT_AGAIN : html ? "<i>" + SENT_AGAIN + "</i>\n" + text
                : SENT_AGAIN + "\n" + text;
        return new OutgoingMessage(chatId, null, marked, html, keyboard, document, replyTo, fallback, confidential,
                snapshot, secret);
    }

    /** The same message as a reply to {@code messageId} in its chat. */
    OutgoingMessage replyingTo(Integer messageId) {
        return new OutgoingMessage(chatId, editMessageId, text, html, keyboard, document, messageId, fallback,
                confidential, snapshot, secret);
    }

    /** The same message, with {@code other} to send instead if the chat refuses it. */
    OutgoingMessage withFallback(OutgoingMessage other) {
        return new OutgoingMessage(chatId, editMessageId, text, html, keyboard, document, replyTo, other,
                confidential, snapshot, secret);
    }

    /** The same message, kept out of the database (see {@code confidential}). */
    OutgoingMessage asConfidential() {
        return new OutgoingMessage(chatId, editMessageId, text, html, keyboard, document, replyTo, fallback, true,
                snapshot, secret);
    }

    /** The same message, kept out of the database, naming its secret (null: none) so it can be rendered again. */
    OutgoingMessage asConfidential(SecretRef ref) {
        return new OutgoingMessage(chatId, editMessageId, text, html, keyboard, document, replyTo, fallback, true,
                snapshot, ref);
    }

    /** The same message as a part of the snapshot {@code tag}. */
    OutgoingMessage inSnapshot(SnapshotTag tag) {
        return new OutgoingMessage(chatId, editMessageId, text, html, keyboard, document, replyTo, fallback,
                confidential, tag, secret);
    }

    /** Never shows a confidential message's content (records print every component). */
    @Override
    public String toString() {
        return "OutgoingMessage[chat=" + chatId + ", edit=" + editMessageId + ", text="
                + (confidential ? "(confidential)" : text) + ", document="
                + (document == null ? null : document.fileName()) + "]";
    }
}
