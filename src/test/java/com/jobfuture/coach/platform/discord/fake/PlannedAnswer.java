package com.jobfuture.coach.platform.discord.fake;

import com.jobfuture.coach.platform.fakes.Fault;
import java.time.Duration;
import java.util.Map;

/**
 * An injected {@link Fault} as Discord answers it: the next {@code times} requests matching method and path
 * regex get this status, headers and body instead (or, with {@code delay}, the real answer after it; with status
 * 0 no answer at all).
 */
record PlannedAnswer(String method, String pathRegex, int status, Map<String, String> headers, String body,
                     int times, Duration delay) {

    /** How Discord answers {@code fault}. */
    static PlannedAnswer of(String method, String pathRegex, Fault fault, int times) {
        if (fault instanceof Fault.TooManyRequests tooMany) {
            PlannedAnswer answer = tooMany.global() ? globalRateLimited(method, pathRegex, tooMany.retryAfterSeconds())
                    : rateLimited(method, pathRegex, tooMany.retryAfterSeconds());
            return answer.times(times);
        } else if (fault instanceof Fault.ServerError error) {
            return new PlannedAnswer(method, pathRegex, error.status(), Map.of(), error.htmlBody()
                    ? "<html><body>Bad Gateway</body></html>" : "{\"message\":\"upstream error\",\"code\":0}", times,
                    Duration.ZERO);
        } else if (fault instanceof Fault.Refused refused) {
            return new PlannedAnswer(method, pathRegex, refused.status(), Map.of(), "{\"code\":" + refused.code()
                    + ",\"message\":\"" + refused.description() + "\"}", times, Duration.ZERO);
        } else if (fault instanceof Fault.Slow slow) {
            return new PlannedAnswer(method, pathRegex, -1, Map.of(), "", times, slow.delay());
        }
        return new PlannedAnswer(method, pathRegex, 0, Map.of(), "", times, Duration.ZERO);
    }

    /** True when the real answer is sent, after {@link #delay()}. */
    boolean answersNormally() {
        return status < 0;
    }

    private PlannedAnswer times(int count) {
        return new PlannedAnswer(method, pathRegex, status, headers, body, count, delay);
    }

    /** A 429 with Discord's body and rate-limit headers (a per-route bucket, not global). */
    static PlannedAnswer rateLimited(String method, String pathRegex, int retryAfterSeconds) {
        return new PlannedAnswer(method, pathRegex, 429, Map.of(
                "Retry-After", String.valueOf(retryAfterSeconds),
                "X-RateLimit-Limit", "5",
                "X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset-After", retryAfterSeconds + ".000",
                "X-RateLimit-Bucket", "fake-bucket-" + Math.abs(pathRegex.hashCode()),
                "X-RateLimit-Scope", "user"),
                "{\"message\":\"You are being rate limited.\",\"retry_after\":" + retryAfterSeconds
                        + ".0,\"global\":false}", 1, Duration.ZERO);
    }

    /** A 429 of Discord's global limit: every request of the bot (interactions aside) must wait. */
    static PlannedAnswer globalRateLimited(String method, String pathRegex, int retryAfterSeconds) {
        return new PlannedAnswer(method, pathRegex, 429, Map.of(
                "Retry-After", String.valueOf(retryAfterSeconds),
                "X-RateLimit-Global", "true",
                "X-RateLimit-Scope", "global"),
                "{\"message\":\"You are being rate limited.\",\"retry_after\":" + retryAfterSeconds
                        + ".0,\"global\":true}", 1, Duration.ZERO);
    }
}
