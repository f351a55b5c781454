package com.jobfuture.coach.platform.discord.fake;

/** An interaction the fake sent on a user's behalf (slash command, button press or autocomplete). */
public record Interaction(String id, String token, FakeUser user, boolean inGuild) {
}
