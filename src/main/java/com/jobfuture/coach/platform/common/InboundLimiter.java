package com.jobfuture.coach.platform.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Per-user inbound limit, the same on every platform: a user's messages and presses are handled up to
 * {@code perWindow} in each {@code window}; past that, the first one in the window gets {@link #NOTICE} and the
 * rest are dropped without an answer, so a user sending hundreds of messages builds no backlog of work or replies
 * and never delays anyone else. Windows are resilience4j {@link AtomicRateLimiter} periods read through
 * {@code nanoTime} (virtual time in tests), starting at the user's first message; idle users are forgotten.
 * Thread-safe.
 */
public final class InboundLimiter {
    /** What a user sending too fast is told, once per window. */
    public static final String NOTICE = "You're sending messages faster than I can answer, so I skipped some. "
            + "Wait a few seconds, then send your next message.";
    /**
     * Messages a user may send per {@link #WINDOW}: an average of one a second, with room for a burst (someone
     * skipping through questions, a test clicking as fast as answers come); a flood of hundreds gets 60.
     */
    public static final int PER_WINDOW = 60;
    public static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_USERS = 100_000;
    private final RateLimiterConfig messages;
    private final RateLimiterConfig notices;
    private final LongSupplier nanoTime;
    private final Cache<String, Lane> userToLane;

    /** What to do with a message. */
    public enum Verdict {
        /** Handle it. */
        HANDLE,
        /** Do not handle it; answer with {@link #NOTICE} (the first refusal in this window). */
        NOTIFY,
        /** Do not handle it and do not answer (the user was told already). */
        DROP
    }

    private record Lane(AtomicRateLimiter messages, AtomicRateLimiter notices) {
    }

    /** The standard limit: {@link #PER_WINDOW} per {@link #WINDOW}. */
    public static InboundLimiter standard(LongSupplier nanoTime) {
        return new InboundLimiter(PER_WINDOW, WINDOW, nanoTime);
    }

    public InboundLimiter(int perWindow, Duration window, LongSupplier nanoTime) {
        if (perWindow < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a positive number per positive window: " + perWindow + "/" + window);
        }
        this.messages = RateLimiterConfig.custom().limitForPeriod(perWindow).limitRefreshPeriod(window)
                .timeoutDuration(Duration.ZERO).build();
        this.notices = RateLimiterConfig.custom().limitForPeriod(1).limitRefreshPeriod(window)
                .timeoutDuration(Duration.ZERO).build();
        this.nanoTime = nanoTime;
        this.userToLane = Caffeine.newBuilder().maximumSize(MAX_USERS).expireAfterAccess(window.multipliedBy(2))
                .ticker(nanoTime::getAsLong).build();
    }

    /** Counts a message of {@code user} (any key naming one person on one platform) and says what to do with it. */
    public Verdict check(String user) {
        Lane lane = userToLane.get(user, key -> new Lane(new AtomicRateLimiter("inbound", messages,
                nanoTime::getAsLong), new AtomicRateLimiter("inbound-notice", notices, nanoTime::getAsLong)));
        if (lane.messages().acquirePermission()) {
            return Verdict.HANDLE;
        }
        return lane.notices().acquirePermission() ? Verdict.NOTIFY : Verdict.DROP;
    }
}
