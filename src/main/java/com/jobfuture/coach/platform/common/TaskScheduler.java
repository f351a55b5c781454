package com.jobfuture.coach.platform.common;

import java.time.Duration;

/** Runs tasks after a delay on a {@link PlatformTime}. Thread-safe. */
public interface TaskScheduler {
    /** Runs {@code task} after {@code delay}; quietly drops it once the scheduler is shutting down. */
    void schedule(Runnable task, Duration delay);

    /**
     * Stops taking tasks, drops those still waiting for their time, and waits up to {@code wait} (in real time)
     * for running ones; returns false (and interrupts them) if they did not finish.
     */
    boolean close(Duration wait);
}
