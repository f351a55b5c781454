package com.jobfuture.coach.core.daily;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticks the {@link DailyScheduler} on one daemon thread: at once when started (catching up posts missed while the
 * bot was down) and then every {@code every}. Errors are logged and the next tick runs as usual.
 */
public final class DailyRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DailyRunner.class);
    private final DailyScheduler scheduler;
    private final Duration every;
    private boolean started;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "daily-questions");
        thread.setDaemon(true);
        return thread;
    });

    public DailyRunner(DailyScheduler scheduler, Duration every) {
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

    /** Stops ticking, letting a running tick finish its current message (up to 10 s). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The daily scheduler was still posting after 10 s; stopping it");
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
            LOG.error("Daily questions check failed; retrying at the next one", e);
        }
    }
}
