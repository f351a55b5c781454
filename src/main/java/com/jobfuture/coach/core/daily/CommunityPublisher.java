package com.jobfuture.coach.core.daily;

/**
 * The outbound port through which daily questions and reveals reach communities; each platform adapter implements
 * it and registers it in {@link CommunityPublishers} under its platform name.
 *
 * <p>Contract. Callers make one call at a time per scheduler: the daily scheduler posts all due communities one
 * after another on its own thread (never a parallel burst), and an admin's /daily now or /daily reveal waits for
 * it. An implementation may therefore block until the platform accepted or refused the message and must apply
 * the platform's limits itself by going through the adapter's normal sender (Telegram about 30 messages/s overall
 * and 20/min per group; Discord's per-route buckets), waiting rather than failing when a limit is hit. It must be
 * thread-safe (replies to users are sent concurrently), should bound each call with a timeout, and should map
 * platform errors to {@link PublishResult} instead of throwing; an exception is treated as
 * {@link PublishResult.Unknown} (never resent). Messages always have {@code Audience.CONVERSATION}.
 */
public interface CommunityPublisher {
    /** Posts the message into its community and says what happened. */
    PublishResult publish(CommunityMessage message);

    /**
     * Whether this process can post into the community: a process that serves only some of a platform's shards
     * reaches only their communities, and leaves the others to the processes that serve them.
     */
    default boolean reaches(CommunityRef community) {
        return true;
    }
}
