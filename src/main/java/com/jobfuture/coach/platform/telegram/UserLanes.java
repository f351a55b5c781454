package com.jobfuture.coach.platform.telegram;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks with the same key one after another, in submission order, and tasks with different keys
 * concurrently on a small shared pool. Keys are dropped when their last task ends, so the map stays small.
 */
final class UserLanes {
    private final ExecutorService pool;
    private final Map<String, CompletableFuture<Void>> keyToTail = new ConcurrentHashMap<>();

    UserLanes(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, new DaemonThreads("telegram-update"));
    }

    /** Queues the task behind the key's earlier tasks. After {@link #close} the task is not run. */
    void submit(String key, Runnable task) {
        CompletableFuture<Void> tail = keyToTail.compute(key, (k, previous) ->
                (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
                        .handle((ignored, failure) -> null)
                        .thenRunAsync(task, pool));
        tail.whenComplete((ignored, failure) -> keyToTail.remove(key, tail));
    }

    /** Stops taking tasks and waits up to {@code wait} for queued ones to finish. */
    boolean close(Duration wait) {
        pool.shutdown();
        try {
            return pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
