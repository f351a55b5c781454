package com.jobfuture.coach.core.notify;

import java.util.Objects;

/**
 * A user's private chat with the bot on one platform: the platform name ({@code telegram}, {@code discord},
 * {@code console}) and the user's id there ({@code ChatUser.externalId()}); the adapter finds or opens the chat.
 */
public record PrivateAddress(String platform, String externalId) {
    public PrivateAddress {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(externalId, "externalId");
    }

    /** {@code platform:externalId}, for logs. */
    @Override
    public String toString() {
        return platform + ":" + externalId;
    }
}
