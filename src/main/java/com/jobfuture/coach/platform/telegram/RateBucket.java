package com.jobfuture.coach.platform.telegram;

import java.time.Duration;
import java.time.Instant;

/** A token bucket: up to {@code capacity} sends, refilled at {@code capacity} per {@code period}. Not thread-safe. */
final class RateBucket {
    private final int capacity;
    private final long periodNanos;
    private double tokens;
    private Instant last;

    RateBucket(int capacity, Duration period, Instant now) {
        this.capacity = capacity;
        this.periodNanos = Math.max(1, period.toNanos());
        this.tokens = capacity;
        this.last = now;
    }

    /** How long until one send is allowed (zero if now). */
    Duration waitFor(Instant now) {
        refill(now);
        if (tokens >= 1) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) * periodNanos / capacity));
    }

    /** Takes one send; call only after {@link #waitFor} returned zero. */
    void take(Instant now) {
        refill(now);
        tokens -= 1;
    }

    /** True when the bucket is full, so forgetting it changes nothing. */
    boolean isFull(Instant now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(Instant now) {
        if (now.isAfter(last)) {
            long elapsed = Duration.between(last, now).toNanos();
            tokens = Math.min(capacity, tokens + (double) elapsed * capacity / periodNanos);
            last = now;
        }
    }
}
