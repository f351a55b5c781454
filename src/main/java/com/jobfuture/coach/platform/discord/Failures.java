package com.jobfuture.coach.platform.discord;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps failures inside the adapter: logged, and told to the user privately where an interaction allows it. */
final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /** A JDA failure callback that logs what was being done. */
    static Consumer<Throwable> log(String what) {
        return failure -> LOG.warn("Discord {} failed: {}", what, failure.toString());
    }

    /**
     * Runs worker code for an interaction and returns when its requests are done; if it throws or its requests
     * fail, logs it and tells the user privately. The result never completes exceptionally.
     */
    static CompletableFuture<Void> guard(InteractionHook hook, Supplier<CompletableFuture<?>> work) {
        CompletableFuture<?> started;
        try {
            started = work.get();
        } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        return started.handle((ignored, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                LOG.error("Answering a Discord interaction failed", cause);
                try {
                    hook.sendMessage(DiscordTexts.FAILED).setEphemeral(true).queue(null, log("error notice"));
                } catch (RuntimeException again) {
                    LOG.warn("Could not tell the user about the failure: {}", again.toString());
                }
            }
            return null;
        });
    }
}
