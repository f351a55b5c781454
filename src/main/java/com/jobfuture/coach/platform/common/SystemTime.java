package com.jobfuture.coach.platform.common;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Real time for platforms: the UTC system clock and scheduled thread pools of daemon threads. */
final class SystemTime implements PlatformTime {
    static final SystemTime INSTANCE = new SystemTime();

    private SystemTime() {
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(duration.toNanos());
    }

    @Override
    public TaskScheduler scheduler(String name, int threads) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(threads, new DaemonThreads(name));
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
        return new TaskScheduler() {
            @Override
            public void schedule(Runnable task, Duration delay) {
                try {
                    executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException e) {
                    // shutting down: the task is dropped, as the contract says
                }
            }

            @Override
            public boolean close(Duration wait) {
                executor.shutdown();
                try {
                    if (executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                        return true;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                executor.shutdownNow();
                return false;
            }
        };
    }
}
