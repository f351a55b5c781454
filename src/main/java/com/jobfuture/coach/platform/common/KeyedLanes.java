package com.jobfuture.coach.platform.common;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-key serial execution (one lane per user): tasks with the same key run one after another in submission
 * order; tasks with different keys run concurrently on a small shared pool. A task may return a stage (e.g.
 * replies being sent): the key's next task starts when that stage completes, without holding a thread, so one
 * user waiting on a rate limit never blocks another user. A task's failure is logged and never stops its lane.
 * Keys are dropped when their last task ends. Background work that must yield to the lanes' work (reminders)
 * waits for {@link #awaitIdle}. Thread-safe.
 */
public final class KeyedLanes {
    private static final Logger LOG = LoggerFactory.getLogger(KeyedLanes.class);
    private final String name;
    private final ExecutorService pool;
    private final Map<String, CompletableFuture<Void>> keyToTail = new ConcurrentHashMap<>();
    /** Tasks submitted and not finished (their stages included); guarded by itself for waits. */
    private final Object idle = new Object();
    private int unfinished;
    private volatile boolean closed;

    /** Lanes running on {@code threads} daemon threads named {@code name-1}, {@code name-2} …. */
    public KeyedLanes(String name, int threads) {
        this.name = name;
        this.pool = Executors.newFixedThreadPool(threads, new DaemonThreads(name));
    }

    /** Queues a task that finishes when it returns. Returns false (not queued) after {@link #close}. */
    public boolean submit(String key, Runnable task) {
        return submitAsync(key, () -> {
            task.run();
            return CompletableFuture.completedFuture(null);
        });
    }

    /**
     * Queues a task whose work finishes when its returned stage completes; the key's next task waits for that.
     * Returns false (not queued) after {@link #close}.
     */
    public boolean submitAsync(String key, Supplier<? extends CompletionStage<?>> task) {
        if (closed) {
            LOG.warn("{}: dropped work for {}: shutting down", name, key);
            return false;
        }
        synchronized (idle) {
            unfinished++;
        }
        CompletableFuture<Void> tail = keyToTail.compute(key, (k, previous) ->
                (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
                        .thenComposeAsync(ignored -> run(key, task), pool)
                        .handle((ignored, failure) -> {
                            finished();
                            return null;
                        }));
        tail.whenComplete((ignored, failure) -> keyToTail.remove(key, tail));
        return true;
    }

    /**
     * Waits (in real time, at most {@code max}) until no task is queued or running, its stage included; returns
     * whether the lanes were idle then. For background work that goes only when no one is being answered.
     */
    public boolean awaitIdle(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (idle) {
            while (unfinished > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
            return true;
        }
    }

    private void finished() {
        synchronized (idle) {
            unfinished--;
            if (unfinished == 0) {
                idle.notifyAll();
            }
        }
    }

    private CompletionStage<?> run(String key, Supplier<? extends CompletionStage<?>> task) {
        try {
            return task.get().exceptionally(failure -> {
                LOG.error("{}: work for {} failed", name, key, failure);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("{}: work for {} failed", name, key, e);
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Stops taking tasks and waits up to {@code wait} for queued ones (and their stages) to finish. */
    public boolean close(Duration wait) {
        closed = true;
        long deadline = System.nanoTime() + wait.toNanos();
        boolean drained = true;
        try {
            CompletableFuture.allOf(keyToTail.values().toArray(CompletableFuture[]::new))
                    .get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            drained = false;
        } catch (ExecutionException e) {
            LOG.debug("{}: a lane ended with a failure", name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drained = false;
        }
        pool.shutdown();
        try {
            drained &= pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drained = false;
        }
        if (!drained) {
            pool.shutdownNow();
        }
        return drained;
    }
}
