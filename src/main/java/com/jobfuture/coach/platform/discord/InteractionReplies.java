package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.Reply;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * Sends replies to an acknowledged interaction through its hook, in order, as {@link InteractionPlan} decides.
 * Never blocks: each request is queued after the previous one completed (JDA's rate limiter decides when it goes
 * out, and holds hook requests until the acknowledgement has gone out).
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

    /** Sends every reply; the result completes when the last request did, exceptionally with JDA's failure. */
    CompletableFuture<Void> send(List<Reply> replies) {
        InteractionPlan.Plan plan = InteractionPlan.plan(replies, inServer, placeholder, originalPrivate, renderer);
        CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
        for (InteractionPlan.Step step : plan.steps()) {
            Optional<String> owner = step.forEveryone() ? Optional.empty() : Optional.of(ownerId);
            if (step.kind() == InteractionPlan.Kind.ORIGINAL) {
                chain = chain.thenCompose(ignored -> hook.editOriginal(renderer.edit(step.message(), owner)).submit());
            } else {
                chain = chain.thenCompose(ignored -> hook.sendMessage(renderer.create(step.message(), owner))
                        .setEphemeral(step.ephemeral()).submit());
            }
        }
        if (plan.placeholderUnused()) {
            chain = plan.steps().isEmpty() ? chain.thenCompose(ignored -> hook.editOriginal("Done.").submit())
                    : chain.thenCompose(ignored -> hook.deleteOriginal().submit());
        }
        return chain.thenApply(ignored -> null);
    }
}
