package com.jobfuture.coach.platform.discord.fake;

/** A button under a bot message as a user sees it. */
public record ShownButton(String customId, String label) {
}
