package com.jobfuture.coach.core.reminders;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticks the {@link ReminderScheduler} on one daemon thread: at once when started (catching up reminders missed
 * while the bot was down, within the grace window) and then {@code every} after each tick ends, so a long fan-out
 * never overlaps the next tick. Errors are logged and the next tick runs as usual.
 */
public final class ReminderRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderRunner.class);
    private final ReminderScheduler scheduler;
    private final Duration every;
    private boolean started;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "reminders");
        thread.setDaemon(true);
        return thread;
    });

    public ReminderRunner(ReminderScheduler scheduler, Duration every) {
        this.scheduler = scheduler;
        this.every = every;
    }

    /** Starts ticking; later calls do nothing. */
    public synchronized void start() {
        if (!started && !executor.isShutdown()) {
            started = true;
            executor.scheduleWithFixedDelay(this::tick, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops ticking: a running tick ends after its current message (waited for up to 10 s). */
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
        try {
            scheduler.tick();
        } catch (RuntimeException e) {
            LOG.error("Reminders check failed; retrying at the next one", e);
        }
    }
}
