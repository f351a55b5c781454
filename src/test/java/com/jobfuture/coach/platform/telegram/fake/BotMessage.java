package com.jobfuture.coach.platform.telegram.fake;

import java.util.List;

/**
 * A message the bot sent, as the user sees it now: the visible text (entities parsed), the raw text the bot
 * sent with its parse mode, the inline keyboard (rows of buttons), how often it was edited, and the message it
 * replies to (null if none).
 */
public record BotMessage(long chatId, int messageId, String text, String rawText, String parseMode,
                         List<List<InlineButton>> keyboard, int edits, String kind, Integer replyToMessageId) {
    /** An inline keyboard button: its label and callback data. */
    public record InlineButton(String text, String callbackData) {
    }

    public BotMessage {
        keyboard = keyboard.stream().map(List::copyOf).toList();
    }

    /** All buttons, row after row. */
    public List<InlineButton> buttons() {
        return keyboard.stream().flatMap(List::stream).toList();
    }

    /** The button with this label (exact match), or an AssertionError. */
    public InlineButton button(String label) {
        return buttons().stream().filter(b -> b.text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' on message " + messageId + ": "
                        + buttons()));
    }
}
