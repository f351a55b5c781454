package com.jobfuture.coach.platform.telegram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chats whose next message may go as far as their own limits go, in the order their turn began (a number the
 * sender hands out when a chat's message becomes due): first due, first served, and a chat served queues again at
 * the back, so waiting chats are served in turn and none jumps ahead. Two lines: interactive replies first,
 * community posts (and later reminders) when no reply waits — except that after {@link #BACKGROUND_AFTER}
 * interactive sends in a row a waiting post goes, so posts are late, never starved. Not thread-safe (the sender's
 * lock guards it).
 */
final class ReadyChats {
    static final int BACKGROUND_AFTER = 8;
    private final TreeMap<Long, Long> interactive = new TreeMap<>();
    private final TreeMap<Long, Long> background = new TreeMap<>();
    private final Map<Long, Long> chatToTurn = new HashMap<>();
    private final Map<Long, Boolean> chatToBackground = new HashMap<>();
    private int interactiveInARow;

    /** Adds the chat to its line at the place of {@code turn} (no-op if it is in a line already). */
    void add(long chatId, boolean isBackground, long turn) {
        if (chatToTurn.putIfAbsent(chatId, turn) == null) {
            chatToBackground.put(chatId, isBackground);
            (isBackground ? background : interactive).put(turn, chatId);
        }
    }

    /** The chats in the order they should be tried now (front of each line first, the lines by priority). */
    List<Long> inTurn() {
        List<Long> order = new ArrayList<>(chatToTurn.size());
        boolean postsFirst = !background.isEmpty() && (interactive.isEmpty()
                || interactiveInARow >= BACKGROUND_AFTER);
        order.addAll((postsFirst ? background : interactive).values());
        order.addAll((postsFirst ? interactive : background).values());
        return order;
    }

    /** Takes the chat out of its line. */
    void remove(long chatId) {
        Long turn = chatToTurn.remove(chatId);
        if (turn != null) {
            (chatToBackground.remove(chatId) ? background : interactive).remove(turn);
        }
    }

    /** Takes the chat out of its line because its message goes now (counts toward the posts' turn). */
    void served(long chatId) {
        boolean wasBackground = Boolean.TRUE.equals(chatToBackground.get(chatId));
        remove(chatId);
        interactiveInARow = wasBackground ? 0 : interactiveInARow + 1;
    }
}
