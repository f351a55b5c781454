package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.Reply;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * Sends replies to an acknowledged interaction through its hook, in order, as {@link InteractionPlan} decides.
 * Blocks on each request (worker threads only); JDA holds hook requests until the acknowledgement has gone out.
 */
final class InteractionReplies {
    private final InteractionHook hook;
    private final boolean inServer;
    private final boolean placeholder;
    private final boolean originalPrivate;
    private final String ownerId;
    private final MessageRenderer renderer;

    /** See {@link InteractionPlan#plan} for the flags; {@code ownerId} is the user who interacted. */
    InteractionReplies(InteractionHook hook, boolean inServer, boolean placeholder, boolean originalPrivate,
                       String ownerId, MessageRenderer renderer) {
        this.hook = hook;
        this.inServer = inServer;
        this.placeholder = placeholder;
        this.originalPrivate = originalPrivate;
        this.ownerId = ownerId;
        this.renderer = renderer;
    }

    /** Sends every reply; a failed request throws JDA's exception. */
    void send(List<Reply> replies) {
        InteractionPlan.Plan plan = InteractionPlan.plan(replies, inServer, placeholder, originalPrivate, renderer);
        for (InteractionPlan.Step step : plan.steps()) {
            Optional<String> owner = step.forEveryone() ? Optional.empty() : Optional.of(ownerId);
            if (step.kind() == InteractionPlan.Kind.ORIGINAL) {
                hook.editOriginal(renderer.edit(step.message(), owner)).complete();
            } else {
                hook.sendMessage(renderer.create(step.message(), owner)).setEphemeral(step.ephemeral()).complete();
            }
        }
        if (plan.placeholderUnused()) {
            if (plan.steps().isEmpty()) {
                hook.editOriginal("Done.").complete();
            } else {
                hook.deleteOriginal().complete();
            }
        }
    }
}
