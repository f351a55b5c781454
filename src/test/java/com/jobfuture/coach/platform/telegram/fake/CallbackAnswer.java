package com.jobfuture.coach.platform.telegram.fake;

/** The bot's answerCallbackQuery: the text shown (null: nothing) and whether as an alert instead of a toast. */
public record CallbackAnswer(String text, boolean showAlert) {
}
