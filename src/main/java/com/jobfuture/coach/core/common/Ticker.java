package com.jobfuture.coach.core.common;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a periodic check on one daemon thread: at once when started (catching up what was missed while the bot was
 * down), then {@code every} after a check, or at once when the check says more may be due (a full batch). A failed
 * check is logged and the next one runs as usual. Daily questions, reminders and job alerts each use one.
 */
public final class Ticker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Ticker.class);

    /** One check. */
    @FunctionalInterface
    public interface Check {
        /** Does the work that is due; true when more may be due at once (the next check runs without waiting). */
        boolean run();
    }

    private final String name;
    private final Duration every;
    private final Check check;
    private final Runnable stopping;
    private final ScheduledThreadPoolExecutor executor;
    private boolean started;
    private volatile boolean closing;

    /**
     * A ticker named {@code name} (its thread and log lines); {@code stopping} runs first on {@link #close} so a
     * running check claims no more work.
     */
    public Ticker(String name, Duration every, Check check, Runnable stopping) {
        this.name = name;
        this.every = every;
        this.check = check;
        this.stopping = stopping;
        this.executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // the next check is dropped on close
    }

    /** Starts checking; later calls do nothing. */
    public synchronized void start() {
        if (!started && !executor.isShutdown()) {
            started = true;
            executor.execute(this::tick);
        }
    }

    /** Stops: a running check finishes its current item (waited up to 10 s, then interrupted). Idempotent. */
    @Override
    public void close() {
        closing = true;
        stopping.run();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("{} was still running after 10 s; stopping it", name);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void tick() {
        long delay = every.toMillis();
        try {
            if (check.run()) {
                delay = 0;
            }
        } catch (RuntimeException e) {
            if (closing) {
                // Stopped mid-check by close(): the check's writes are transactional, so the next start redoes it.
                LOG.info("{} stopped during a check; the next start finishes it ({})", name, e.toString());
                return;
            }
            LOG.error("{} check failed; retrying at the next one", name, e);
        }
        try {
            executor.schedule(this::tick, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // closing
        }
    }
}
