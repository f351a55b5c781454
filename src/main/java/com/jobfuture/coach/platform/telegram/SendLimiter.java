package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.platform.common.Pace;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Telegram's send limits as evenly spaced sends ({@link Pace}s from the platform kit): one for the whole bot
 * (1/30 s apart) and, per chat, one for the per-chat interval (1 s) plus, in groups (negative chat ids), one for
 * the per-minute limit (3 s apart). No window of a limit's length ever sees more sends than the limit. A send
 * happens only when every pace it touches allows it.
 *
 * <p>Two priorities share the paces: ordinary sends ({@link #reserve}) and low-priority ones ({@link #reserveLow},
 * reminders), which are refused while an ordinary send is waiting and about to want the bot-wide slot, so a
 * reminder never takes the slot a reply is waiting for. Thread-safe; time comes from {@code nanoTime}.
 */
final class SendLimiter {
    private static final int MAX_TRACKED_CHATS = 10_000;
    /** An ordinary send this late for its turn is assumed gone (its chat was dropped) and no longer held back for. */
    private static final long STALE_NANOS = Duration.ofSeconds(1).toNanos();
    private final SendLimits limits;
    private final LongSupplier nanoTime;
    private final Pace global;
    private final long globalIntervalNanos;
    private final Map<Long, List<Pace>> chatToPaces = new HashMap<>();
    /** Chats whose ordinary send was told to wait, and when (nanoTime) it comes back for its turn. */
    private final Map<Long, Long> chatToWaitingUntil = new HashMap<>();

    SendLimiter(SendLimits limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
        Duration globalInterval = Duration.ofSeconds(1).dividedBy(limits.globalPerSecond());
        this.global = new Pace(globalInterval, nanoTime);
        this.globalIntervalNanos = globalInterval.toNanos();
    }

    /** Reserves one ordinary send to the chat and returns zero, or returns how long to wait (reserving nothing). */
    synchronized Duration reserve(long chatId) {
        Duration wait = tryReserve(chatId);
        long now = nanoTime.getAsLong();
        if (wait.isZero()) {
            chatToWaitingUntil.remove(chatId);
        } else {
            chatToWaitingUntil.put(chatId, now + wait.toNanos());
            if (chatToWaitingUntil.size() > MAX_TRACKED_CHATS) {
                chatToWaitingUntil.values().removeIf(until -> until < now - STALE_NANOS);
            }
        }
        return wait;
    }

    /**
     * Reserves one low-priority send to the chat and returns zero, or returns how long to wait (reserving nothing):
     * also while an ordinary send to any chat waits for a turn that comes within one bot-wide interval.
     */
    synchronized Duration reserveLow(long chatId) {
        long now = nanoTime.getAsLong();
        chatToWaitingUntil.values().removeIf(until -> until < now - STALE_NANOS);
        boolean ordinaryDue = chatToWaitingUntil.values().stream()
                .anyMatch(until -> until <= now + globalIntervalNanos);
        return ordinaryDue ? Duration.ofNanos(globalIntervalNanos) : tryReserve(chatId);
    }

    private Duration tryReserve(long chatId) {
        List<Pace> chat = chatToPaces.computeIfAbsent(chatId, this::paces);
        Duration wait = global.waitTime();
        for (Pace pace : chat) {
            Duration own = pace.waitTime();
            if (own.compareTo(wait) > 0) {
                wait = own;
            }
        }
        if (!wait.isZero()) {
            return wait;
        }
        global.take();
        chat.forEach(Pace::take);
        if (chatToPaces.size() > MAX_TRACKED_CHATS) {
            forgetIdleChats();
        }
        return Duration.ZERO;
    }

    private List<Pace> paces(long chatId) {
        Pace perChat = new Pace(limits.perChatInterval(), nanoTime);
        if (chatId < 0) {
            return List.of(perChat, new Pace(Duration.ofMinutes(1).dividedBy(limits.groupPerMinute()), nanoTime));
        }
        return List.of(perChat);
    }

    private void forgetIdleChats() {
        Iterator<List<Pace>> chats = chatToPaces.values().iterator();
        while (chats.hasNext()) {
            if (chats.next().stream().allMatch(Pace::isIdle)) {
                chats.remove();
            }
        }
    }
}
