package com.jobfuture.coach.app;

/**
 * A chat platform adapter (Discord, Telegram, …) that turns platform events into {@code CoachBot} messages and
 * replies into platform messages. Started once; closed on shutdown after it stops taking new events.
 */
public interface ChatPlatform extends AutoCloseable {
    /** A short name for logs, such as {@code telegram}. */
    String name();

    /** Connects and starts receiving events; returns once running (or throws if it cannot start). */
    void start() throws Exception;

    /** Stops receiving events and releases connections; waits briefly for replies in flight. */
    @Override
    void close();
}
