package com.jobfuture.coach.platform;

import java.util.concurrent.CompletableFuture;

/**
 * A chat platform adapter (Discord, Telegram, the console …) that turns platform events into {@code CoachBot}
 * messages and replies into platform messages. Built by the application from its own settings record, started
 * once, closed on shutdown after it stops taking new events. Implementations live in {@code platform/<name>} and
 * share the kit in {@code platform/common} (per-user lanes, pacing, time, reply planning).
 */
public interface ChatPlatform extends AutoCloseable {
    /** A short name for logs, such as {@code telegram}. */
    String name();

    /** Connects and starts receiving events; returns once running (or throws if it cannot start). */
    void start() throws Exception;

    /**
     * Completes when the platform ends by itself (the console at the end of its input), exceptionally if it
     * failed; platforms that run until they are closed never complete it (the default).
     */
    default CompletableFuture<Void> ended() {
        return new CompletableFuture<>();
    }

    /** Stops receiving events and releases connections; waits briefly for replies in flight. */
    @Override
    void close();
}
