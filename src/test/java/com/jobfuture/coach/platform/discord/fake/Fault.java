package com.jobfuture.coach.platform.discord.fake;

import java.util.Map;

/** A planned failure: the next {@code times} requests matching method and path regex get this answer instead. */
public record Fault(String method, String pathRegex, int status, Map<String, String> headers, String body,
                    int times) {

    /** A 429 with Discord's body and rate-limit headers (a per-route bucket, not global). */
    public static Fault rateLimited(String method, String pathRegex, int retryAfterSeconds) {
        return new Fault(method, pathRegex, 429, Map.of(
                "Retry-After", String.valueOf(retryAfterSeconds),
                "X-RateLimit-Limit", "5",
                "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset-After", retryAfterSeconds + ".000",
                "X-RateLimit-Bucket", "fake-bucket-" + Math.abs(pathRegex.hashCode()),
                "X-RateLimit-Scope", "user"),
                "{\"message\":\"You are being rate limited.\",\"retry_after\":" + retryAfterSeconds
                        + ".0,\"global\":false}", 1);
    }

    /** A 429 of Discord's global limit: every request of the bot (interactions aside) must wait. */
    public static Fault globalRateLimited(String method, String pathRegex, int retryAfterSeconds) {
        return new Fault(method, pathRegex, 429, Map.of(
                "Retry-After", String.valueOf(retryAfterSeconds),
                "X-RateLimit-Global", "true",
                "X-RateLimit-Scope", "global"),
                "{\"message\":\"You are being rate limited.\",\"retry_after\":" + retryAfterSeconds
                        + ".0,\"global\":true}", 1);
    }

    /** A server error such as 502, {@code times} times. */
    public static Fault serverError(String method, String pathRegex, int status, int times) {
        return new Fault(method, pathRegex, status, Map.of(), "{\"message\":\"upstream error\",\"code\":0}", times);
    }
}
