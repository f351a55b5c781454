package com.jobfuture.coach.platform.discord.fake;

/**
 * The one server of the fake: its id (also the @everyone role's id), one text channel, and two roles:
 * {@code candidates} (no extra rights) and {@code moderators} (may manage messages).
 */
public record FakeGuild(String id, String channelId, String candidateRoleId, String moderatorRoleId) {
}
