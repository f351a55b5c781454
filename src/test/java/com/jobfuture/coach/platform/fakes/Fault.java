package com.jobfuture.coach.platform.fakes;

import java.time.Duration;

/**
 * A failure a fake platform injects instead of (or before) answering a request — the same words for the fake
 * Discord and the fake Telegram Bot API ({@code fake.inject(…, fault, times)}); each fake answers it the way its
 * platform does (status, body, headers).
 */
public sealed interface Fault {
    /** 429 asking to wait {@code retryAfterSeconds}; {@code global}: the platform's limit for the whole bot. */
    record TooManyRequests(int retryAfterSeconds, boolean global) implements Fault {
        /** A 429 of one route, bucket or chat. */
        public TooManyRequests(int retryAfterSeconds) {
            this(retryAfterSeconds, false);
        }

        /** A 429 of the bot's global limit. */
        public static TooManyRequests global(int retryAfterSeconds) {
            return new TooManyRequests(retryAfterSeconds, true);
        }
    }

    /** A 5xx; with {@code htmlBody} the body is a proxy's HTML page instead of the platform's JSON. Not executed. */
    record ServerError(int status, boolean htmlBody) implements Fault {
    }

    /** A refusal with the platform's error {@code code} (Discord: 50001 …; Telegram has none) and description. */
    record Refused(int status, int code, String description) implements Fault {
    }

    /** The connection is closed without an answer, before the request is executed. */
    record DropConnection() implements Fault {
    }

    /**
     * The request is carried out, then the connection is closed without the answer: the client cannot tell
     * whether it was (Telegram only; Discord's fake does not inject it).
     */
    record DropAfterExecuting() implements Fault {
    }

    /** The answer comes after a delay (the request is executed normally). */
    record Slow(Duration delay) implements Fault {
    }
}
