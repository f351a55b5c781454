package com.jobfuture.coach.platform.telegram.fake;

import java.time.Duration;

/** A failure the fake Bot API can inject instead of (or before) answering a request. */
public sealed interface Fault {
    /** 429 with {@code parameters.retry_after}; the request is not executed. */
    record TooManyRequests(int retryAfterSeconds) implements Fault {
    }

    /** A 5xx; with {@code htmlBody} the body is a proxy's HTML page instead of a Bot API envelope. Not executed. */
    record ServerError(int status, boolean htmlBody) implements Fault {
    }

    /** The connection is closed without an answer, before the request is executed. */
    record DropConnection() implements Fault {
    }

    /** The answer comes after a delay (the request is executed normally). */
    record Slow(Duration delay) implements Fault {
    }
}
