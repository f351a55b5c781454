package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.platform.common.SlidingWindow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Telegram's send limits as sliding windows ({@link SlidingWindow} from the platform kit), so no window Telegram
 * may count in ever sees more than the limit: new messages at most {@code globalPerSecond} in any second overall,
 * {@code groupPerMinute} in any minute of a group (negative chat ids), and {@link SendLimits#PRIVATE_BURST} in any
 * {@code PRIVATE_BURST × perChatInterval} of a private chat (one per interval on average, short bursts allowed).
 * Edits of an existing message count as no new message: they have an overall window of their own and no per-chat
 * one. The overall and group windows are a little longer than Telegram's ({@link #OVERALL_MARGIN},
 * {@link #GROUP_MARGIN}) because Telegram counts arrivals, which trail the reservation by varying network time.
 * Thread-safe; time comes from {@code nanoTime}.
 */
final class SendLimiter {
    static final Duration OVERALL_MARGIN = Duration.ofMillis(100);
    static final Duration GROUP_MARGIN = Duration.ofSeconds(1);
    private static final int MAX_TRACKED_CHATS = 10_000;
    private final SendLimits limits;
    private final LongSupplier nanoTime;
    private final SlidingWindow messages;
    private final SlidingWindow edits;
    private final Map<Long, SlidingWindow> chatToWindow = new HashMap<>();

    SendLimiter(SendLimits limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
        Duration second = Duration.ofSeconds(1).plus(OVERALL_MARGIN);
        this.messages = new SlidingWindow(limits.globalPerSecond(), second, nanoTime);
        this.edits = new SlidingWindow(limits.globalPerSecond(), second, nanoTime);
    }

    /** How long the chat's own limit holds its next send back (edits: never). Reserves nothing. */
    synchronized Duration chatWait(long chatId, boolean edit) {
        return edit ? Duration.ZERO : chat(chatId).waitTime();
    }

    /** How long the overall limit holds the next send of this kind back. Reserves nothing. */
    synchronized Duration overallWait(boolean edit) {
        return (edit ? edits : messages).waitTime();
    }

    /** Reserves one send to the chat and returns zero, or returns how long to wait (reserving nothing). */
    synchronized Duration reserve(long chatId, boolean edit) {
        Duration chat = chatWait(chatId, edit);
        Duration overall = overallWait(edit);
        Duration wait = chat.compareTo(overall) > 0 ? chat : overall;
        if (!wait.isZero()) {
            return wait;
        }
        (edit ? edits : messages).take();
        if (!edit) {
            chat(chatId).take();
        }
        if (chatToWindow.size() > MAX_TRACKED_CHATS) {
            forgetIdleChats();
        }
        return Duration.ZERO;
    }

    /** A new message: see {@link #reserve(long, boolean)}. */
    synchronized Duration reserve(long chatId) {
        return reserve(chatId, false);
    }

    private SlidingWindow chat(long chatId) {
        return chatToWindow.computeIfAbsent(chatId, id -> id < 0
                ? new SlidingWindow(limits.groupPerMinute(), Duration.ofMinutes(1).plus(GROUP_MARGIN), nanoTime)
                : new SlidingWindow(SendLimits.PRIVATE_BURST,
                        limits.perChatInterval().multipliedBy(SendLimits.PRIVATE_BURST), nanoTime));
    }

    private void forgetIdleChats() {
        List<Long> idle = new ArrayList<>();
        chatToWindow.forEach((chatId, window) -> {
            if (window.isIdle()) {
                idle.add(chatId);
            }
        });
        idle.forEach(chatToWindow::remove);
    }
}
