package com.jobfuture.coach.platform.discord;

import java.util.function.Consumer;
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

    /** Runs worker code for an interaction; if it throws, logs it and tells the user privately. */
    static void guard(InteractionHook hook, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("Answering a Discord interaction failed", e);
            try {
                hook.sendMessage(DiscordTexts.FAILED).setEphemeral(true).queue(null, log("error notice"));
            } catch (RuntimeException again) {
                LOG.warn("Could not tell the user about the failure: {}", again.toString());
            }
        }
    }
}
