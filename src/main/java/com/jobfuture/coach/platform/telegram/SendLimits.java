package com.jobfuture.coach.platform.telegram;

import java.time.Duration;

/**
 * How fast the bot may send: {@code globalPerSecond} messages per second overall, one message per
 * {@code perChatInterval} in any chat, and at most {@code groupPerMinute} per minute in a group.
 */
public record SendLimits(int globalPerSecond, Duration perChatInterval, int groupPerMinute) {
    public SendLimits {
        if (globalPerSecond < 1 || groupPerMinute < 1 || perChatInterval.isNegative()) {
            throw new IllegalArgumentException("send limits must be positive");
        }
    }

    /** Telegram's published limits: about 30 messages/s overall, 1/s per chat, 20/min per group. */
    public static SendLimits telegramDefaults() {
        return new SendLimits(30, Duration.ofSeconds(1), 20);
    }
}
