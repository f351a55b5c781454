package com.jobfuture.coach.core.daily;

import java.util.Objects;

/** A community place the bot posts into: the platform ({@code telegram}, {@code discord}, {@code console}) and the
 * conversation id the adapter gave in {@code Conversation.id()}. */
public record CommunityRef(String platform, String conversationId) {
    public CommunityRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(conversationId, "conversationId");
    }

    /** {@code platform:conversationId}, for logs. */
    @Override
    public String toString() {
        return platform + ":" + conversationId;
    }
}
