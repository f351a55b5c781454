package com.jobfuture.coach.platform.common;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * At most one event per {@code interval}, with no burst: consecutive events are at least an interval apart, so no
 * window of an interval's length sees two (the way to stay under "1 message per second" or "20 per minute"
 * limits). Built on resilience4j's {@link AtomicRateLimiter} (one permit per refresh period) read through
 * {@code nanoTime}, so it runs in virtual time in tests. resilience4j's periods are aligned to when the limiter was
 * made; a pace idle for a whole interval therefore starts afresh at its next event. Not thread-safe: callers
 * synchronize (a send is usually checked against several paces at once, all or nothing).
 */
public final class Pace {
    private final Duration interval;
    private final RateLimiterConfig config;
    private final LongSupplier nanoTime;
    private AtomicRateLimiter limiter;
    private long lastEventNanos;

    public Pace(Duration interval, LongSupplier nanoTime) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        this.interval = interval;
        this.nanoTime = nanoTime;
        this.config = RateLimiterConfig.custom().limitForPeriod(1).limitRefreshPeriod(interval)
                .timeoutDuration(Duration.ZERO).build();
    }

    /** How long until the next event may happen (zero: now); reserves nothing. */
    public Duration waitTime() {
        return Duration.ofNanos(Math.max(0, current().getDetailedMetrics().getNanosToWait()));
    }

    /** Takes the event now; call only after {@link #waitTime()} returned zero. */
    public void take() {
        if (!current().acquirePermission()) {
            throw new IllegalStateException("no event allowed now; check waitTime() first");
        }
        lastEventNanos = nanoTime.getAsLong();
    }

    /** True when a whole interval passed since the last event, so forgetting this pace changes nothing. */
    public boolean isIdle() {
        return limiter == null || nanoTime.getAsLong() - lastEventNanos >= interval.toNanos();
    }

    private AtomicRateLimiter current() {
        if (isIdle()) {
            limiter = new AtomicRateLimiter("pace", config, nanoTime::getAsLong);
        }
        return limiter;
    }
}
