package com.jobfuture.coach.platform.discord.fake;

/** A button under a bot message as a user sees it; a disabled one is greyed out and cannot be pressed. */
public record ShownButton(String customId, String label, boolean disabled) {
}
