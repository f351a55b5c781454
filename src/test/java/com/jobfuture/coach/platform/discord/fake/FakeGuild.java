package com.jobfuture.coach.platform.discord.fake;

import java.util.List;

/**
 * A server of the fake: its id (also the @everyone role's id), its text channels ({@code channelId} is the first,
 * where members act), and its roles: {@code candidates} (no extra rights), {@code moderators} (may manage
 * messages), {@code server-admins} (Manage Server) and the bot's own role (the invite link's permissions).
 */
public record FakeGuild(String id, String channelId, String candidateRoleId, String moderatorRoleId,
                        String adminRoleId, String botRoleId, List<String> channelIds) {
    public FakeGuild {
        channelIds = List.copyOf(channelIds);
    }
}
