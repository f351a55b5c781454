package com.jobfuture.coach.platform.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the coach's (blocking) work off JDA's gateway thread. Each user is pinned to one of a few single-thread
 * lanes, so one user's replies are sent in the order their messages arrived while other users run beside them.
 * A task's exception is logged, never propagated. Thread-safe.
 */
final class UserQueues implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UserQueues.class);
    private final List<ExecutorService> lanes = new ArrayList<>();

    UserQueues(int laneCount) {
        for (int i = 0; i < laneCount; i++) {
            String name = "discord-worker-" + i;
            lanes.add(Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
            }));
        }
    }

    /** Queues work for a user; returns false (and logs) if the queues are closed. */
    boolean submit(String userId, Runnable work) {
        ExecutorService lane = lanes.get(Math.floorMod(userId.hashCode(), lanes.size()));
        try {
            lane.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.error("Discord work for user {} failed", userId, e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            LOG.warn("Dropped Discord work for user {}: shutting down", userId);
            return false;
        }
    }

    /** Stops taking work and waits up to {@code wait} for queued work to finish. */
    boolean close(Duration wait) throws InterruptedException {
        lanes.forEach(ExecutorService::shutdown);
        long deadline = System.nanoTime() + wait.toNanos();
        boolean drained = true;
        for (ExecutorService lane : lanes) {
            drained &= lane.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        return drained;
    }

    @Override
    public void close() {
        try {
            if (!close(Duration.ofSeconds(10))) {
                LOG.warn("Discord replies were still being sent after 10 s; stopping them");
                lanes.forEach(ExecutorService::shutdownNow);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lanes.forEach(ExecutorService::shutdownNow);
        }
    }
}
