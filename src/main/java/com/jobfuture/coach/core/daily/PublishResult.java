package com.jobfuture.coach.core.daily;

/** What happened to a {@link CommunityMessage}: each case tells the scheduler what it may safely do next. */
public sealed interface PublishResult {

    /** The platform accepted the message; {@code messageRef} identifies it for the reveal (adapter-defined). */
    record Posted(String messageRef) implements PublishResult {
    }

    /**
     * The bot can no longer post there (removed or banned from the group/server, channel deleted, posting
     * permission revoked). The community is disabled; an admin re-enables it with /daily set or /daily resume.
     */
    record BotRemoved(String reason) implements PublishResult {
    }

    /**
     * The message was certainly not delivered (rate limited after the adapter's own retries, 5xx, connection
     * refused); it may be retried later.
     */
    record NotDelivered(String reason) implements PublishResult {
    }

    /** Delivery is unknown (e.g. a timeout after the request was sent); the question is never sent again. */
    record Unknown(String reason) implements PublishResult {
    }
}
