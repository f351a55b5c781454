package com.jobfuture.coach.testing;

import com.jobfuture.coach.platform.common.DaemonThreads;
import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.platform.common.TaskScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Virtual time for platforms' pacing and waits: it runs at least as fast as real time, and whenever no scheduled
 * task is running it jumps straight to the next task's due time — so a 1-per-second limit or a 30-second 429
 * costs no real time, while every limit is kept exactly in virtual time. Give the same instance's
 * {@link #clock()} to a fake that records when requests arrive, and its timings are exact. Tasks run on real
 * threads (a scheduler's pool), so work that blocks (a slow answer) overlaps with other work as in real time.
 * A test that must act while a wait is still under way {@link #hold}s the jumps (time then runs as real time)
 * and {@link #release}s them after. One daemon thread drives it. Thread-safe.
 */
public final class VirtualTime implements PlatformTime, AutoCloseable {
    private final Object lock = new Object();
    private final Instant start;
    private final PriorityQueue<Timed> queue = new PriorityQueue<>();
    private final Thread driver;
    private final long realStart = System.nanoTime();
    /** How far virtual time is ahead of the real time since the start (only grows). */
    private long jumped;
    private long sequence;
    private int running;
    private int holds;
    private boolean closed;

    private record Timed(long due, long sequence, Runnable task, VirtualScheduler owner) implements Comparable<Timed> {
        @Override
        public int compareTo(Timed other) {
            return due != other.due ? Long.compare(due, other.due) : Long.compare(sequence, other.sequence);
        }
    }

    /** Virtual time starting now (so dates look real) and standing still until tasks wait. */
    public VirtualTime() {
        this(Clock.systemUTC().instant());
    }

    public VirtualTime(Instant start) {
        this.start = start;
        this.driver = new DaemonThreads("virtual-time").newThread(this::drive);
        driver.start();
    }

    @Override
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return start.plusNanos(nanoTime());
            }
        };
    }

    @Override
    public long nanoTime() {
        synchronized (lock) {
            return now();
        }
    }

    /** Virtual nanoseconds since the start; call with the lock held. */
    private long now() {
        return System.nanoTime() - realStart + jumped;
    }

    /** Stops the jumps until {@link #release()}: time runs as real time, so a wait under way lasts. */
    public void hold() {
        synchronized (lock) {
            holds++;
        }
    }

    /** Lets time jump again (after as many calls as {@link #hold()}). */
    public void release() {
        synchronized (lock) {
            holds = Math.max(0, holds - 1);
            lock.notifyAll();
        }
    }

    /** How far virtual time has moved since it started. */
    public Duration elapsed() {
        return Duration.ofNanos(nanoTime());
    }

    @Override
    public TaskScheduler scheduler(String name, int threads) {
        return new VirtualScheduler(Executors.newFixedThreadPool(threads, new DaemonThreads(name)));
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        CountDownLatch woken = new CountDownLatch(1);
        add(duration, woken::countDown, null);
        woken.await();
    }

    private void add(Duration delay, Runnable task, VirtualScheduler owner) {
        synchronized (lock) {
            queue.add(new Timed(now() + Math.max(0, delay.toNanos()), sequence++, task, owner));
            lock.notifyAll();
        }
    }

    private void drive() {
        synchronized (lock) {
            while (!closed) {
                Timed head = queue.peek();
                long now = now();
                if (head != null && head.due() <= now) {
                    queue.poll();
                    dispatch(head);
                } else if (head != null && running == 0 && holds == 0) {
                    jumped += head.due() - now;
                } else {
                    long waitMillis = head == null ? 50 : Math.max(1, (head.due() - now + 999_999) / 1_000_000);
                    try {
                        lock.wait(Math.min(50, waitMillis));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    /** Runs a due task: on its scheduler's pool (counted as running), or at once when it only wakes a sleeper. */
    private void dispatch(Timed timed) {
        if (timed.owner() == null) {
            timed.task().run();
            return;
        }
        if (timed.owner().closed) {
            return;
        }
        running++;
        try {
            timed.owner().pool.execute(() -> {
                try {
                    timed.task().run();
                } finally {
                    synchronized (lock) {
                        running--;
                        lock.notifyAll();
                    }
                }
            });
        } catch (RuntimeException rejected) {
            running--;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }

    /** A scheduler on this virtual time, running its tasks on its own pool. */
    private final class VirtualScheduler implements TaskScheduler {
        private final ExecutorService pool;
        private volatile boolean closed;

        VirtualScheduler(ExecutorService pool) {
            this.pool = pool;
        }

        @Override
        public void schedule(Runnable task, Duration delay) {
            if (!closed) {
                add(delay, task, this);
            }
        }

        @Override
        public boolean close(Duration wait) {
            closed = true;
            synchronized (lock) {
                queue.removeIf(timed -> timed.owner() == this);
            }
            pool.shutdown();
            try {
                if (pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    return true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pool.shutdownNow();
            return false;
        }
    }
}
