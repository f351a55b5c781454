package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.Audience;
import com.jobfuture.coach.core.chat.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides how the replies to one acknowledged interaction go out. The original message (the deferred "thinking"
 * reply, or the pressed message) is filled or replaced by the first message only when its audience matches the
 * reply's: a personal reply never overwrites a message everyone sees, and a reply to the whole channel never goes
 * into an ephemeral one. In a server, personal replies are ephemeral follow-ups; in a DM everything is private.
 * Files always go in new messages.
 */
final class InteractionPlan {
    /** Fill or replace the original message, or send a follow-up. */
    enum Kind { ORIGINAL, FOLLOW_UP }

    /** One message to send; {@code forEveryone} messages have buttons anyone may press. */
    record Step(Kind kind, DiscordMessage message, boolean ephemeral, boolean forEveryone) {
    }

    /** The steps, and whether the deferred placeholder is left unused (then it is removed). */
    record Plan(List<Step> steps, boolean placeholderUnused) {
    }

    private InteractionPlan() {
    }

    /**
     * @param inServer        the interaction came from a server channel (else a DM)
     * @param placeholder     it was acknowledged with a deferred reply, a "thinking" message waiting to be filled
     * @param originalPrivate the original message (placeholder or pressed message) is seen by this user only
     */
    static Plan plan(List<Reply> replies, boolean inServer, boolean placeholder, boolean originalPrivate,
                     MessageRenderer renderer) {
        List<Step> steps = new ArrayList<>();
        boolean originalUsed = false;
        for (Reply reply : replies) {
            boolean forEveryone = inServer && reply.audience() == Audience.CONVERSATION;
            boolean audienceFits = !inServer || originalPrivate != forEveryone;
            for (DiscordMessage message : renderer.messages(reply)) {
                boolean wantsOriginal = steps.isEmpty() && (placeholder || reply.replacesOrigin()) && audienceFits;
                if (wantsOriginal && message.attachment().isPresent() && !message.content().isBlank()) {
                    // The text (and buttons) answers in place; the file follows in a message of its own.
                    originalUsed = true;
                    steps.add(new Step(Kind.ORIGINAL, new DiscordMessage(message.content(), message.buttons()),
                            inServer && !forEveryone, forEveryone));
                    steps.add(new Step(Kind.FOLLOW_UP, new DiscordMessage("", List.of(), message.attachment()),
                            inServer && !forEveryone, forEveryone));
                    continue;
                }
                boolean intoOriginal = wantsOriginal && message.attachment().isEmpty();
                if (intoOriginal) {
                    originalUsed = true;
                    steps.add(new Step(Kind.ORIGINAL, message, inServer && !forEveryone, forEveryone));
                } else {
                    steps.add(new Step(Kind.FOLLOW_UP, message, inServer && !forEveryone, forEveryone));
                }
            }
        }
        return new Plan(List.copyOf(steps), placeholder && !originalUsed);
    }
}
