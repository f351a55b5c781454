package com.jobfuture.coach.platform.discord.fake;

/** A person the fake Discord plays: their snowflake, name, and the DM channel they share with the bot. */
public record FakeUser(String id, String name, String dmChannelId) {
}
