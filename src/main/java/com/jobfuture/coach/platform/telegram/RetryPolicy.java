package com.jobfuture.coach.platform.telegram;

import java.time.Duration;

/**
 * Backoff for requests that failed undelivered (5xx, dropped connections): {@code firstDelay}, doubling up to
 * {@code maxDelay}; the message is given up after {@code maxAttempts} failed attempts.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {
    public RetryPolicy {
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("invalid retry policy");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 10);
    }

    /** The wait before the next attempt after {@code failures} failed attempts (1 = the first failure). */
    public Duration delayAfter(int failures) {
        Duration delay = firstDelay;
        for (int i = 1; i < failures && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
