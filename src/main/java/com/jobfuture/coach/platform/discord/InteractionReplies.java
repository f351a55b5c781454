package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.Reply;
import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * Sends replies to an acknowledged interaction through its hook, in order. The first message either fills the
 * deferred "thinking" response ({@code placeholder}) or, after a deferred button press, replaces the pressed
 * message when the reply says so; every other message is a follow-up, ephemeral when {@code ephemeral}. Blocks on
 * each request (worker threads only); JDA holds hook requests until the acknowledgement has gone out.
 */
final class InteractionReplies {
    private final InteractionHook hook;
    private final boolean placeholder;
    private final boolean ephemeral;
    private final String ownerId;
    private final MessageRenderer renderer;

    InteractionReplies(InteractionHook hook, boolean placeholder, boolean ephemeral, String ownerId,
                       MessageRenderer renderer) {
        this.hook = hook;
        this.placeholder = placeholder;
        this.ephemeral = ephemeral;
        this.ownerId = ownerId;
        this.renderer = renderer;
    }

    /** Sends every reply; a failed request throws JDA's exception. */
    void send(List<Reply> replies) {
        boolean first = true;
        for (Reply reply : replies) {
            for (DiscordMessage message : renderer.messages(reply)) {
                if (first && (placeholder || reply.replacesOrigin())) {
                    hook.editOriginal(renderer.edit(message, ownerId)).complete();
                } else {
                    hook.sendMessage(renderer.create(message, ownerId)).setEphemeral(ephemeral).complete();
                }
                first = false;
            }
        }
        if (first && placeholder) {
            hook.editOriginal("Done.").complete();
        }
    }
}
