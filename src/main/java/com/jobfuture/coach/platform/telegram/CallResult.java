package com.jobfuture.coach.platform.telegram;

import java.time.Duration;

/** What came of one Bot API request, sorted by what the sender does next. */
sealed interface CallResult {
    /** Telegram accepted the request; {@code messageId} is the message it created or edited, when it said. */
    record Done(Integer messageId) implements CallResult {
        Done() {
            this(null);
        }
    }

    /** 429: nothing was done; try again after the wait Telegram asked for. */
    record RetryAfter(Duration delay) implements CallResult {
    }

    /**
     * 5xx, a dropped connection or an unreadable answer: try again later with backoff. {@code maybeDelivered} is
     * true when the request may have reached Telegram and been carried out (the connection broke or timed out
     * after it was sent), false when Telegram answered with an error or the connection was never made.
     */
    record Transient(String reason, boolean maybeDelivered) implements CallResult {
        Transient(String reason) {
            this(reason, false);
        }
    }

    /**
     * The chat cannot be written to, and retrying cannot help: 403 (the user blocked or never started the bot,
     * the bot was removed from the group) or a 400 saying the chat is gone (not found, upgraded to a supergroup
     * with a new id, no right to send messages).
     */
    record Blocked(String reason) implements CallResult {
    }

    /** Any other refusal (400, 401, 404, invalid request): the request itself is wrong; do not retry it as is. */
    record Rejected(int errorCode, String reason) implements CallResult {
    }
}
