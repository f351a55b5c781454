package com.jobfuture.coach.platform.telegram;

import java.time.Duration;

/**
 * How fast the bot may send new messages: {@code globalPerSecond} per second overall, at most {@code groupPerMinute}
 * per minute in a group, and in a private chat on average one per {@code perChatInterval} with bursts of
 * {@link #PRIVATE_BURST}. Edits of an existing message are not new messages: they only share an overall cap of
 * their own ({@code globalPerSecond} edits per second).
 */
public record SendLimits(int globalPerSecond, Duration perChatInterval, int groupPerMinute) {
    /** New messages a private chat may get at once ("short bursts" in Telegram's FAQ) before the average applies. */
    public static final int PRIVATE_BURST = 3;

    public SendLimits {
        if (globalPerSecond < 1 || groupPerMinute < 1 || perChatInterval.isNegative() || perChatInterval.isZero()) {
            throw new IllegalArgumentException("send limits must be positive");
        }
    }

    /**
     * Telegram's Bot FAQ: no more than about 30 messages per second overall and 20 per minute in a group; in one
     * chat, avoid more than one per second, though short bursts are allowed.
     */
    public static SendLimits telegramDefaults() {
        return new SendLimits(30, Duration.ofSeconds(1), 20);
    }
}
