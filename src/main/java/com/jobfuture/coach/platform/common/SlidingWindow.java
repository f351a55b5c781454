package com.jobfuture.coach.platform.common;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * At most {@code limit} events in any {@code window}: a burst of up to {@code limit} goes at once, the next event
 * waits until the oldest one leaves the window. This is how a platform counts "30 messages per second" or "20 per
 * minute" when it checks arrival times, so keeping it never draws a 429 (unlike a token bucket, which lets twice
 * the limit through across a window boundary). Time comes from {@code nanoTime} (virtual in tests). Not
 * thread-safe: callers synchronize (a send is checked against several windows at once, all or nothing).
 */
public final class SlidingWindow {
    private final int limit;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Deque<Long> events = new ArrayDeque<>();

    public SlidingWindow(int limit, Duration window, LongSupplier nanoTime) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a window needs a positive limit and length");
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** How long until the next event may happen (zero: now); reserves nothing. */
    public Duration waitTime() {
        long now = nanoTime.getAsLong();
        forgetBefore(now);
        return events.size() < limit ? Duration.ZERO : Duration.ofNanos(events.peekFirst() + windowNanos - now);
    }

    /** Records an event now; call only after {@link #waitTime()} returned zero. */
    public void take() {
        long now = nanoTime.getAsLong();
        forgetBefore(now);
        if (events.size() >= limit) {
            throw new IllegalStateException("no event allowed now; check waitTime() first");
        }
        events.addLast(now);
    }

    /** True when no event is in the window any more, so forgetting this window changes nothing. */
    public boolean isIdle() {
        forgetBefore(nanoTime.getAsLong());
        return events.isEmpty();
    }

    private void forgetBefore(long now) {
        while (!events.isEmpty() && now - events.peekFirst() >= windowNanos) {
            events.removeFirst();
        }
    }
}
