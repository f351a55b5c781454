package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.ChatUser;
import net.dv8tion.jda.api.entities.User;

/** Maps Discord users to the coach's users: platform {@code discord}, keyed by the user's snowflake. */
final class DiscordUsers {
    static final String PLATFORM = "discord";

    private DiscordUsers() {
    }

    /** The coach's view of a Discord user (never an operator: admins are listed in the configuration). */
    static ChatUser of(User user) {
        return new ChatUser(PLATFORM, user.getId(), user.getEffectiveName(), false);
    }
}
