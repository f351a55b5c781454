package com.jobfuture.coach.cli;

import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT (Ctrl-C) as a request to stop: instead of the JVM's default (run the shutdown hooks, exit with
 * 128 + signal), the launcher is told, closes the application (in-flight writes finish) and exits with status 0.
 * Where a signal cannot be caught the JVM's default stays (the shutdown hook still closes the application).
 */
final class StopSignals {
    private StopSignals() {
    }

    /** Catches TERM and INT; the result completes with the name of the first one received. */
    static CompletableFuture<String> install() {
        CompletableFuture<String> stop = new CompletableFuture<>();
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> stop.complete("SIG" + signal.getName()));
            } catch (IllegalArgumentException e) {
                LoggerFactory.getLogger(StopSignals.class).debug("SIG{} cannot be caught here: {}", name,
                        e.getMessage());
            }
        }
        return stop;
    }
}
