package com.jobfuture.coach.platform.telegram.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Telegram's documented send limits, enforced the strict way: a new message is refused with 429 when the bot sent
 * {@code overallPerSecond} messages in the second before it, or (in a group, negative chat id) {@code groupPerMinute}
 * in the minute before it; {@code retry_after} says when the oldest of those leaves the window. Only new messages
 * count (sendMessage, sendDocument, sendPhoto, sendPoll): the Bot API FAQ states its limits for messages, and edits
 * of an existing message are not new ones. The FAQ names no hard limit for one private chat ("avoid more than one
 * message per second ... we may allow short bursts"), so none is enforced there. Guarded by the fake's lock.
 */
final class FloodControl {
    static final Set<String> COUNTED = Set.of("sendMessage", "sendDocument", "sendPhoto", "sendPoll");
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private final int overallPerSecond;
    private final int groupPerMinute;
    private final Deque<Instant> overall = new ArrayDeque<>();
    private final Map<Long, Deque<Instant>> groupToSends = new HashMap<>();
    private int refused;

    FloodControl(int overallPerSecond, int groupPerMinute) {
        this.overallPerSecond = overallPerSecond;
        this.groupPerMinute = groupPerMinute;
    }

    /** Counts a new message sent at {@code at}, or returns the seconds to wait when it would break a limit. */
    Integer admit(String method, Long chatId, Instant at) {
        if (!COUNTED.contains(method) || chatId == null) {
            return null;
        }
        Integer wait = waitFor(overall, overallPerSecond, SECOND, at);
        Deque<Instant> group = chatId < 0 ? groupToSends.computeIfAbsent(chatId, id -> new ArrayDeque<>()) : null;
        if (wait == null && group != null) {
            wait = waitFor(group, groupPerMinute, MINUTE, at);
        }
        if (wait != null) {
            refused++;
            return wait;
        }
        overall.addLast(at);
        if (group != null) {
            group.addLast(at);
        }
        return null;
    }

    /** How many requests were refused with 429 so far. */
    int refused() {
        return refused;
    }

    private static Integer waitFor(Deque<Instant> sends, int limit, Duration window, Instant at) {
        while (!sends.isEmpty() && !sends.peekFirst().plus(window).isAfter(at)) {
            sends.removeFirst();
        }
        if (sends.size() < limit) {
            return null;
        }
        long millis = Duration.between(at, sends.peekFirst().plus(window)).toMillis();
        return (int) Math.max(1, (millis + 999) / 1000);
    }
}
