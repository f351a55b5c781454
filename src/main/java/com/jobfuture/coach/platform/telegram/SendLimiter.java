package com.jobfuture.coach.platform.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Telegram's send limits as evenly spaced sends: one bucket for the whole bot (1/30 s apart) and, per chat, one
 * for the per-chat interval (1 s) plus, in groups (negative chat ids), one for the per-minute limit (3 s apart).
 * Buckets hold a single token, so no window of the limit's length ever sees more sends than the limit (a bigger
 * burst would). A send happens only when every bucket it touches has its token. Thread-safe; time is passed in.
 */
final class SendLimiter {
    private static final int MAX_TRACKED_CHATS = 10_000;
    private final SendLimits limits;
    private final RateBucket global;
    private final Map<Long, List<RateBucket>> chatToBuckets = new HashMap<>();

    SendLimiter(SendLimits limits, Instant now) {
        this.limits = limits;
        this.global = new RateBucket(1, Duration.ofSeconds(1).dividedBy(limits.globalPerSecond()), now);
    }

    /** Reserves one send to the chat and returns zero, or returns how long to wait (reserving nothing). */
    synchronized Duration reserve(long chatId, Instant now) {
        List<RateBucket> chat = chatToBuckets.computeIfAbsent(chatId, id -> buckets(id, now));
        Duration wait = global.waitFor(now);
        for (RateBucket bucket : chat) {
            Duration own = bucket.waitFor(now);
            if (own.compareTo(wait) > 0) {
                wait = own;
            }
        }
        if (!wait.isZero()) {
            return wait;
        }
        global.take(now);
        chat.forEach(bucket -> bucket.take(now));
        if (chatToBuckets.size() > MAX_TRACKED_CHATS) {
            forgetIdleChats(now);
        }
        return Duration.ZERO;
    }

    private List<RateBucket> buckets(long chatId, Instant now) {
        RateBucket perChat = new RateBucket(1, limits.perChatInterval(), now);
        if (chatId < 0) {
            return List.of(perChat, new RateBucket(1, Duration.ofMinutes(1).dividedBy(limits.groupPerMinute()), now));
        }
        return List.of(perChat);
    }

    private void forgetIdleChats(Instant now) {
        Iterator<List<RateBucket>> chats = chatToBuckets.values().iterator();
        while (chats.hasNext()) {
            if (chats.next().stream().allMatch(bucket -> bucket.isFull(now))) {
                chats.remove();
            }
        }
    }
}
