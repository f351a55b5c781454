package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.chat.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the coach's replies into Telegram messages: HTML parts below the length limit, the buttons under the
 * last part, the first reply that replaces its origin as an edit of the message whose button was pressed, and a
 * reply's file as a document after its text. In a private chat every audience is the user, so all are sent.
 */
final class ReplyRenderer {
    private final ReplyFormatter formatter;

    ReplyRenderer(ReplyFormatter formatter) {
        this.formatter = formatter;
    }

    /** The messages for the replies, in order; {@code originMessageId} is null when nothing can be edited. */
    List<OutgoingMessage> render(List<Reply> replies, long chatId, Integer originMessageId) {
        List<OutgoingMessage> messages = new ArrayList<>();
        Integer editable = originMessageId;
        for (Reply reply : replies) {
            List<String> parts = formatter.format(reply.text());
            for (int i = 0; i < parts.size(); i++) {
                boolean last = i == parts.size() - 1;
                Integer edit = null;
                if (i == 0 && reply.replacesOrigin() && editable != null) {
                    edit = editable;
                    editable = null;
                }
                messages.add(new OutgoingMessage(chatId, edit, parts.get(i), true,
                        last ? KeyboardLayout.rows(reply.buttons()) : List.of()));
            }
            reply.attachment().ifPresent(file -> messages.add(OutgoingMessage.document(chatId, file)));
        }
        return messages;
    }

    /** A plain note as messages. */
    List<OutgoingMessage> note(String text, long chatId) {
        return render(List.of(Reply.text(text)), chatId, null);
    }
}
