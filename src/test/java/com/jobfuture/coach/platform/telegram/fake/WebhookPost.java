package com.jobfuture.coach.platform.telegram.fake;

/** One POST of an update to the bot's webhook and the status it was answered with (0: the connection failed). */
public record WebhookPost(long updateId, int status) {
}
