package com.jobfuture.coach.platform.telegram;

import java.time.Duration;

/** What came of one Bot API request, sorted by what the sender does next. */
sealed interface CallResult {
    /** Telegram accepted the request. */
    record Done() implements CallResult {
    }

    /** 429: nothing was done; try again after the wait Telegram asked for. */
    record RetryAfter(Duration delay) implements CallResult {
    }

    /** 5xx, a dropped connection or an unreadable answer: try again later with backoff. */
    record Transient(String reason) implements CallResult {
    }

    /** 403: the user blocked the bot (or the bot was removed from the chat); retrying cannot help. */
    record Blocked(String reason) implements CallResult {
    }

    /** Any other refusal (400, 401, 404, invalid request): the request itself is wrong; do not retry it as is. */
    record Rejected(int errorCode, String reason) implements CallResult {
    }
}
