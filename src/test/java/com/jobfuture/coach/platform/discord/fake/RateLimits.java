package com.jobfuture.coach.platform.discord.fake;

import java.time.Duration;

/**
 * Discord's limits as the fake enforces them once {@link FakeDiscord#enforce} is called: every successful
 * {@code POST channels/{id}/messages} answers with its channel bucket's {@code X-RateLimit-*} headers
 * ({@code perChannel} messages per {@code channelWindow}); a request beyond a bucket, or beyond
 * {@code globalPerSecond} non-interaction requests in any second, is answered 429 and recorded as a violation.
 * Interaction callbacks and webhooks are exempt from the global limit, as at Discord.
 */
public record RateLimits(int perChannel, Duration channelWindow, int globalPerSecond) {
    /** Discord's numbers: 5 messages per 5 s per channel, 50 requests per second per bot. */
    public static RateLimits discord() {
        return new RateLimits(5, Duration.ofSeconds(5), 50);
    }
}
