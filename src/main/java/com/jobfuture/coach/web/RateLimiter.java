package com.jobfuture.coach.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;

/**
 * A token bucket per client address: {@code burst} requests at once, refilled at {@code perMinute} a minute.
 * Buckets live in a bounded cache (idle ones are dropped). Time comes from the clock. Thread-safe.
 */
final class RateLimiter {
    private final int burst;
    private final double tokensPerMilli;
    private final Clock clock;
    private final Cache<String, Bucket> addressToBucket;

    RateLimiter(int burst, int perMinute, Clock clock) {
        this.burst = burst;
        this.tokensPerMilli = perMinute / 60_000.0;
        this.clock = clock;
        this.addressToBucket = Caffeine.newBuilder().maximumSize(50_000)
                .expireAfterAccess(Duration.ofMinutes(30)).ticker(() -> clock.millis() * 1_000_000L).build();
    }

    /** Takes one request from the address's bucket; false if it is empty (the request should be refused). */
    boolean tryAcquire(String address) {
        Bucket bucket = addressToBucket.get(address, a -> new Bucket(burst, clock.millis()));
        synchronized (bucket) {
            long now = clock.millis();
            bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, now - bucket.updatedAt) * tokensPerMilli);
            bucket.updatedAt = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }

    /** Whole seconds until one more request is allowed from an empty bucket. */
    int retryAfterSeconds() {
        return (int) Math.ceil(1 / tokensPerMilli / 1000);
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        private Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
