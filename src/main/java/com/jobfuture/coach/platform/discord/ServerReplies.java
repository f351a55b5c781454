package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.Audience;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * Adapts replies shown in a server, where everything personal is ephemeral and the bot does not read channel
 * messages: a question the coach invites a typed answer to cannot be answered by typing there, so it gains a
 * "Continue in DMs" button.
 */
final class ServerReplies {
    /** The adapter's own button actions (the core never uses the {@code dc:} prefix). */
    static final String TO_DMS = "dc:dm";
    static final String STAY_HERE = "dc:here";
    static final String NOTE = "\n\n_Only you can see this. To type your answer instead, continue in DMs._";

    private ServerReplies() {
    }

    /** The replies with the DM hand-off offered wherever the core invites a typed answer. */
    static List<Reply> adapt(List<Reply> replies) {
        List<Reply> adapted = new ArrayList<>(replies.size());
        for (Reply reply : replies) {
            if (!reply.invitesTypedAnswer() || reply.audience() != Audience.SENDER) {
                adapted.add(reply);
                continue;
            }
            List<Button> buttons = new ArrayList<>(reply.buttons());
            buttons.add(new Button(TO_DMS, "Continue in DMs"));
            adapted.add(reply.withContent(reply.text() + NOTE, buttons));
        }
        return adapted;
    }
}
