package com.jobfuture.coach.platform.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobfuture.coach.platform.fakes.RecordedCall;
import java.time.Instant;

/**
 * One REST request the bot made, with the status the fake answered (0: the connection was dropped). {@code seq}
 * orders calls; {@code at} is when it arrived on the fake's clock, {@code receivedNanos} ({@link System#nanoTime()})
 * the same precisely, so a test can check a retry waited for {@code retry_after}.
 */
public record RestCall(long seq, String method, String path, String query, JsonNode body, int status,
                       long receivedNanos, Instant at) implements RecordedCall {
    /** True for this method and a path matching the regular expression (relative to {@code /api/v10/}). */
    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    @Override
    public String toString() {
        return seq + " " + method + " " + path + (query == null ? "" : "?" + query) + " -> " + status
                + (body == null || body.isMissingNode() ? "" : " " + abbreviate(body.toString()));
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
