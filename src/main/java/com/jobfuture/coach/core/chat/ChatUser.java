package com.jobfuture.coach.core.chat;

import java.util.Objects;

/**
 * Who is talking, as the platform knows them. {@code operator} is true only for whoever runs the bot process
 * (the console user), who may use admin commands.
 */
public record ChatUser(String platform, String externalId, String displayName, boolean operator) {
    public ChatUser {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(externalId, "externalId");
        displayName = displayName == null || displayName.isBlank() ? "there" : displayName.strip();
    }

    /** The {@code platform:id} form used in configuration (e.g. the admin list). */
    public String qualifiedId() {
        return platform + ":" + externalId;
    }
}
