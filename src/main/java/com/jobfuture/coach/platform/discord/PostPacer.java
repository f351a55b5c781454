package com.jobfuture.coach.platform.discord;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Spaces requests evenly: at most {@code perSecond} start in any second. JDA paces each route's bucket and waits
 * out 429s, but only learns of Discord's global limit (50 requests/s per bot) from a 429; this keeps a burst of
 * community posts below it. Thread-safe; callers wait their turn.
 */
final class PostPacer {
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private long nextSlot;
    private boolean started;

    PostPacer(int perSecond) {
        this(perSecond, System::nanoTime);
    }

    PostPacer(int perSecond, LongSupplier nanoTime) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("perSecond must be positive: " + perSecond);
        }
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        this.nanoTime = nanoTime;
    }

    /** Waits until the next request may start. */
    void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            long slot = !started || now - nextSlot > 0 ? now : nextSlot;
            started = true;
            nextSlot = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
