package com.jobfuture.coach.platform.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The chats whose next message may go as far as their own limits go, in the order they became ready: each chat
 * is served once, then queues again at the back, so waiting chats are served in turn and none jumps ahead. Two
 * lines: interactive replies first, community posts (and later reminders) when no reply waits — except that after
 * {@link #BACKGROUND_AFTER} interactive sends in a row a waiting post goes, so posts are late, never starved. Not
 * thread-safe (the sender's lock guards it).
 */
final class ReadyChats {
    static final int BACKGROUND_AFTER = 8;
    private final Deque<Long> interactive = new ArrayDeque<>();
    private final Deque<Long> background = new ArrayDeque<>();
    private final Set<Long> queued = new LinkedHashSet<>();
    private int interactiveInARow;

    /** Adds the chat at the back of its line (no-op if it is queued already). */
    void add(long chatId, boolean isBackground) {
        if (queued.add(chatId)) {
            (isBackground ? background : interactive).addLast(chatId);
        }
    }

    /** The chats in the order they should be tried now (front of each line first, the lines by priority). */
    List<Long> inTurn() {
        List<Long> order = new ArrayList<>(interactive.size() + background.size());
        boolean postsFirst = !background.isEmpty() && (interactive.isEmpty()
                || interactiveInARow >= BACKGROUND_AFTER);
        if (postsFirst) {
            order.addAll(background);
            order.addAll(interactive);
        } else {
            order.addAll(interactive);
            order.addAll(background);
        }
        return order;
    }

    /** Takes the chat out of its line. */
    void remove(long chatId) {
        if (queued.remove(chatId)) {
            interactive.remove(chatId);
            background.remove(chatId);
        }
    }

    /** Takes the chat out of its line because its message goes now (counts toward the posts' turn). */
    void served(long chatId) {
        boolean wasBackground = background.contains(chatId);
        remove(chatId);
        interactiveInARow = wasBackground ? 0 : interactiveInARow + 1;
    }

    boolean isEmpty() {
        return queued.isEmpty();
    }
}
