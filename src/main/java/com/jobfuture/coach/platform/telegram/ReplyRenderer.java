package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.chat.Audience;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.chat.SecretRef;
import com.jobfuture.coach.platform.common.ButtonLayout;
import com.jobfuture.coach.platform.common.ReplyPart;
import com.jobfuture.coach.platform.common.ReplyPlanner;
import com.jobfuture.coach.platform.common.SnapshotTag;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the coach's replies into Telegram messages: HTML parts below the length limit, the buttons under the
 * last part, the first reply that replaces its origin as an edit of the message whose button was pressed, and a
 * reply's file after its text (an image as a photo, anything else as a document; an image whose text fits a
 * caption is one photo message with the text and buttons). In a private chat every audience is the user, so all
 * are sent. In a group only replies for the whole conversation go to the group; replies for the sender go to their
 * private chat, or into the toast of the button they pressed. Group messages are never edited. Confidential replies
 * and every file become confidential messages (never written to the outbox's database rows), naming the reply's
 * secret if it has one.
 */
final class ReplyRenderer {
    /** Telegram's keyboards: short labels share a row (up to four, 28 characters), long ones get their own. */
    static final ButtonLayout KEYBOARD = new ButtonLayout(4, 28);
    /** More buttons than any reply has; Telegram itself allows 100. */
    private static final int MAX_BUTTONS = 100;
    private static final String CUT = "…";
    /** Telegram's limit on a photo's caption; the HTML is at least as long as the text shown, so this is safe. */
    static final int MAX_CAPTION = 1024;
    private final ReplyFormatter formatter;
    private final ReplyPlanner planner;
    private final SnapshotTag.Generations generations = new SnapshotTag.Generations();

    /** What a press on a group message gets: a toast (or alert) for the presser, and messages to send. */
    record PressAnswer(String toast, boolean alert, List<OutgoingMessage> messages) {
    }

    ReplyRenderer(ReplyFormatter formatter) {
        this.formatter = formatter;
        this.planner = new ReplyPlanner(formatter::format, MAX_BUTTONS);
    }

    /** The messages for the replies, in order; {@code originMessageId} is null when nothing can be edited. */
    List<OutgoingMessage> render(List<Reply> replies, long chatId, Integer originMessageId) {
        List<OutgoingMessage> messages = new ArrayList<>();
        Integer editable = originMessageId;
        for (Reply reply : replies) {
            List<ReplyPart> parts = planner.parts(reply);
            SnapshotTag snapshot = generations.tag(reply).orElse(null);
            SecretRef secret = reply.secret().orElse(null);
            for (int i = 0; i < parts.size(); i++) {
                ReplyPart part = parts.get(i);
                Integer edit = null;
                if (i == 0 && reply.replacesOrigin() && editable != null) {
                    edit = editable;
                    editable = null;
                }
                if (edit == null && part.attachment().isPresent() && fitsAsCaption(part)) {
                    // An image with a short text is one photo message, the text as its caption; a file is a
                    // person's data, never kept in the outbox.
                    messages.add(new OutgoingMessage(chatId, null, part.text(), true, KEYBOARD.rows(part.buttons()),
                            part.attachment().get(), null, null).inSnapshot(snapshot).asConfidential(secret));
                    continue;
                }
                OutgoingMessage message = new OutgoingMessage(chatId, edit, part.text(), true,
                        KEYBOARD.rows(part.buttons())).inSnapshot(edit == null ? snapshot : null);
                messages.add(reply.confidential() ? message.asConfidential(secret) : message);
                // Telegram sends a file as a message of its own (a photo for images, else a document), after its
                // text; a file is a person's data, never kept in the outbox.
                part.attachment().ifPresent(file -> messages.add(OutgoingMessage.document(chatId, file)
                        .inSnapshot(snapshot).asConfidential(secret)));
            }
        }
        return messages;
    }

    /** Whether the part's file is an image whose text fits Telegram's caption (1024 characters). */
    private static boolean fitsAsCaption(ReplyPart part) {
        return part.attachment().map(file -> file.mediaType().startsWith("image/")).orElse(false)
                && !part.text().isBlank() && part.text().length() <= MAX_CAPTION;
    }

    /** A plain note as messages. */
    List<OutgoingMessage> note(String text, long chatId) {
        return render(List.of(Reply.text(text)), chatId, null);
    }

    /**
     * The replies to a member's command in a group: those for the conversation go to the group, those for the
     * sender to their private chat ({@code userId}), each private message carrying {@code refusedNote} to send to
     * the group instead if the private chat refuses it (the member never started the bot).
     */
    List<OutgoingMessage> renderForGroup(List<Reply> replies, long groupChatId, long userId,
                                         OutgoingMessage refusedNote) {
        List<OutgoingMessage> messages = new ArrayList<>();
        for (Reply reply : replies) {
            if (reply.audience() == Audience.CONVERSATION) {
                messages.addAll(render(List.of(reply), groupChatId, null));
            } else {
                render(List.of(reply), userId, null).forEach(m -> messages.add(m.withFallback(refusedNote)));
            }
        }
        return messages;
    }

    /**
     * The replies to a press on a group message: those for the conversation go to the group; those for the
     * sender become the press's toast when they are short plain text (Telegram shows at most 200 characters);
     * otherwise the presser gets an alert with their beginning and the whole replies in the private chat.
     */
    PressAnswer renderPress(List<Reply> replies, long groupChatId, long userId) {
        List<OutgoingMessage> messages = new ArrayList<>();
        List<Reply> personal = new ArrayList<>();
        for (Reply reply : replies) {
            if (reply.audience() == Audience.CONVERSATION) {
                messages.addAll(render(List.of(reply), groupChatId, null));
            } else {
                personal.add(reply);
            }
        }
        if (personal.isEmpty()) {
            return new PressAnswer(null, false, messages);
        }
        String text = String.join("\n", personal.stream().map(this::plain).toList());
        boolean fits = text.length() <= BotApi.MAX_CALLBACK_TEXT
                && personal.stream().allMatch(r -> r.buttons().isEmpty() && r.attachment().isEmpty());
        if (fits) {
            return new PressAnswer(text, false, messages);
        }
        messages.addAll(render(personal, userId, null));
        String shortened = text.length() <= BotApi.MAX_CALLBACK_TEXT ? text
                : text.substring(0, BotApi.MAX_CALLBACK_TEXT - CUT.length()).stripTrailing() + CUT;
        return new PressAnswer(shortened, true, messages);
    }

    /** The reply's text as Telegram shows plain text (code marks removed). */
    private String plain(Reply reply) {
        return ReplyFormatter.toPlainText(String.join("\n", formatter.format(reply.text())));
    }
}
