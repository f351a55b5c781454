package com.jobfuture.coach.core.reminders;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticks the {@link ReminderScheduler} on one daemon thread: at once when started (catching up reminders missed
 * while the bot was down, within the grace window), then {@code every} after a tick that found less than a full
 * batch, and at once after a full batch (more may be due: a fan-out runs batch after batch, as fast as the
 * platforms' limits let the messengers send). Errors are logged and the next tick runs as usual.
 */
public final class ReminderRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderRunner.class);
    private final ReminderScheduler scheduler;
    private final Duration every;
    private final int batchSize;
    private boolean started;
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "reminders");
        thread.setDaemon(true);
        return thread;
    });

    public ReminderRunner(ReminderScheduler scheduler, Duration every, int batchSize) {
        this.scheduler = scheduler;
        this.every = every;
        this.batchSize = batchSize;
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // the next tick is dropped on close
    }

    /** Starts ticking; later calls do nothing. */
    public synchronized void start() {
        if (!started && !executor.isShutdown()) {
            started = true;
            executor.execute(this::tick);
        }
    }

    /**
     * Stops ticking: a running tick claims no more reminders and waits for the answers to those in flight (up to
     * 10 s; then it is interrupted and reminders still unanswered stay unconfirmed, never resent).
     */
    @Override
    public void close() {
        scheduler.stop();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The reminder scheduler was still sending after 10 s; stopping it");
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
            if (scheduler.tick().handled() >= batchSize) {
                delay = 0;
            }
        } catch (RuntimeException e) {
            LOG.error("Reminders check failed; retrying at the next one", e);
        }
        try {
            executor.schedule(this::tick, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // shutting down
        }
    }
}
