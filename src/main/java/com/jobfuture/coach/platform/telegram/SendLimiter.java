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
 * one. A send counts from its reservation until its request is over ({@link #done}), then from then: Telegram counts
 * arrivals, which fall in between. Thread-safe; time comes from {@code nanoTime}.
 */
final class SendLimiter {
    private static final int MAX_TRACKED_CHATS = 10_000;
    private final SendLimits limits;
    private final LongSupplier nanoTime;
    private final SlidingWindow messages;
    private final SlidingWindow edits;
    private final Map<Long, SlidingWindow> chatToWindow = new HashMap<>();

    /** A send the limiter allowed; report it {@link #done} when its request is over. */
    record Permit(long chatId, boolean edit, SlidingWindow.Event overall, SlidingWindow.Event chat) {
    }

    SendLimiter(SendLimits limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
        this.messages = new SlidingWindow(limits.globalPerSecond(), Duration.ofSeconds(1), nanoTime);
        this.edits = new SlidingWindow(limits.globalPerSecond(), Duration.ofSeconds(1), nanoTime);
    }

    /** How long the chat's own limit holds its next send back (edits: never). Reserves nothing. */
    synchronized Duration chatWait(long chatId, boolean edit) {
        return edit ? Duration.ZERO : chat(chatId).waitTime();
    }

    /** How long the overall limit holds the next send of this kind back. Reserves nothing. */
    synchronized Duration overallWait(boolean edit) {
        return (edit ? edits : messages).waitTime();
    }

    /**
     * How long the overall limit holds a low-priority message (a reminder) back: it may use only half of the
     * overall window, so a burst of reminders always leaves room for replies. Reserves nothing.
     */
    synchronized Duration lowWait() {
        return messages.waitTime(limits.globalPerSecond() / 2);
    }

    /** Reserves one send to the chat, or returns null (reserving nothing) when a limit holds it back. */
    synchronized Permit tryReserve(long chatId, boolean edit) {
        if (!chatWait(chatId, edit).isZero() || !overallWait(edit).isZero()) {
            return null;
        }
        Permit permit = new Permit(chatId, edit, (edit ? edits : messages).take(),
                edit ? null : chat(chatId).take());
        if (chatToWindow.size() > MAX_TRACKED_CHATS) {
            forgetIdleChats();
        }
        return permit;
    }

    /** The permit's request is over (answered, failed or abandoned). */
    synchronized void done(Permit permit) {
        (permit.edit() ? edits : messages).done(permit.overall());
        SlidingWindow chat = chatToWindow.get(permit.chatId());
        if (permit.chat() != null && chat != null) {
            chat.done(permit.chat()); // a window with an event out is never forgotten, so it is still there
        }
    }

    /**
     * Reserves one send whose request is over at once (for callers that only need the arithmetic), returning zero;
     * or returns how long to wait, reserving nothing.
     */
    synchronized Duration reserve(long chatId, boolean edit) {
        Duration chat = chatWait(chatId, edit);
        Duration overall = overallWait(edit);
        Duration wait = chat.compareTo(overall) > 0 ? chat : overall;
        if (!wait.isZero()) {
            return wait;
        }
        done(tryReserve(chatId, edit));
        return Duration.ZERO;
    }

    /** A new message: see {@link #reserve(long, boolean)}. */
    synchronized Duration reserve(long chatId) {
        return reserve(chatId, false);
    }

    private SlidingWindow chat(long chatId) {
        return chatToWindow.computeIfAbsent(chatId, id -> id < 0
                ? new SlidingWindow(limits.groupPerMinute(), Duration.ofMinutes(1), nanoTime)
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
