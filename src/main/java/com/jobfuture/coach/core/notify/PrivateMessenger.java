package com.jobfuture.coach.core.notify;

/**
 * The outbound port through which the bot starts a message in a user's private chat (reminders); each platform
 * adapter implements it and registers it in {@link PrivateMessengers} under its platform name.
 *
 * <p>Contract. Callers send one message at a time per feature thread (the reminder scheduler sends a paced batch
 * per tick, sequentially), so an implementation may block until the platform accepted or refused the message, and
 * should bound each call with a timeout. It must go through the adapter's normal sender, so the platform's limits
 * (Telegram about 30 messages/s overall; Discord's DM buckets and global limit) are shared with replies, and must
 * honour {@link PrivateMessage#priority()}: a {@link Priority#LOW} message waits while replies to interactive
 * messages are queued and is never sent faster than the limits allow (it waits rather than fails). It must be
 * thread-safe, and map platform errors to {@link DeliveryResult} instead of throwing; an exception counts as
 * {@link DeliveryResult.Unknown} (never resent). Messages are private: they always go to the user alone.
 */
public interface PrivateMessenger {
    /** Sends the message to the user's private chat and says what happened. */
    DeliveryResult send(PrivateMessage message);
}
