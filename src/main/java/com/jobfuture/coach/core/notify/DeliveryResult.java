package com.jobfuture.coach.core.notify;

/** What happened to a {@link PrivateMessage}: each case tells the sender what it may safely do next. */
public sealed interface DeliveryResult {

    /** The platform accepted the message. */
    record Delivered() implements DeliveryResult {
    }

    /**
     * The user cannot be reached in private: they blocked the bot, closed their DMs, left every shared server, or
     * the account is gone (Telegram 403 "bot was blocked by the user"/"user is deactivated"; Discord 50007 Cannot
     * send messages to this user). Never retried; features switch their messages off.
     */
    record Unreachable(String reason) implements DeliveryResult {
    }

    /**
     * Certainly not delivered (rate limited after the adapter's own waiting, 5xx, connection refused, the user's
     * chat is not on this instance); it may be retried later.
     */
    record NotDelivered(String reason) implements DeliveryResult {
    }

    /** Delivery is unknown (e.g. a timeout after the request was sent); never resent. */
    record Unknown(String reason) implements DeliveryResult {
    }
}
