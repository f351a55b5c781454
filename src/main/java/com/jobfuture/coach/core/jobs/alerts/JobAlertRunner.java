package com.jobfuture.coach.core.jobs.alerts;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ticks the {@link JobAlertScheduler} on one daemon thread, at once and then every {@code every}. */
public final class JobAlertRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobAlertRunner.class);
    private final JobAlertScheduler scheduler;
    private final Duration every;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "job-alerts");
        thread.setDaemon(true);
        return thread;
    });
    private boolean started;

    public JobAlertRunner(JobAlertScheduler scheduler, Duration every) {
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

    /** Stops ticking: a running tick claims no more alerts and finishes the current one (waited up to 10 s). */
    @Override
    public void close() {
        scheduler.stop();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
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
            LOG.error("Job alerts check failed; retrying at the next one", e);
        }
    }
}
