package com.jobfuture.coach.core.jobs.source;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes each fetched source on its own schedule: every {@code checkEvery} it refreshes, one after the other,
 * the sources whose refresh is due ({@link FetchedSource#due}), on one daemon thread, so a slow source costs at most
 * its own timeout and nobody asking for jobs ever waits for the network. Tests call {@link #refreshDue()} directly.
 */
public final class SourceRefresher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SourceRefresher.class);
    private final List<FetchedSource> sources;
    private final Duration checkEvery;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "job-sources");
        thread.setDaemon(true);
        return thread;
    });
    private boolean started;

    public SourceRefresher(List<FetchedSource> sources, Duration checkEvery, Clock clock) {
        this.sources = List.copyOf(sources);
        this.checkEvery = checkEvery;
        this.clock = clock;
    }

    /** Refreshes the sources that are due now; returns how many were refreshed. */
    public int refreshDue() {
        int refreshed = 0;
        for (FetchedSource source : sources) {
            if (source.due(clock.instant())) {
                source.refresh();
                refreshed++;
            }
        }
        return refreshed;
    }

    /** Starts refreshing in the background (at once, then every {@code checkEvery}); later calls do nothing. */
    public synchronized void start() {
        if (!started && !sources.isEmpty() && !executor.isShutdown()) {
            started = true;
            executor.scheduleWithFixedDelay(this::tick, 0, checkEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private void tick() {
        try {
            refreshDue();
        } catch (RuntimeException e) {
            LOG.error("Refreshing job sources failed; retrying at the next check", e);
        }
    }
}
