package com.jobfuture.coach.core.notify;

import java.util.concurrent.CompletionStage;

/**
 * The outbound port through which the bot starts a message in a user's private chat (reminders); each platform
 * adapter implements it and registers it in {@link PrivateMessengers} under its platform name.
 *
 * <p>Contract. {@link #send} hands the message to the adapter and returns at once; the stage completes when the
 * platform accepted or refused it. Callers keep several messages in flight (the reminder scheduler up to
 * {@code ReminderOptions.maxInFlight}), so that a fan-out is paced by the platform's limits, not by its round
 * trips. An implementation must go through the adapter's normal sender, so the platform's limits (Telegram about
 * 30 messages/s overall; Discord's DM buckets and global limit) are shared with replies, and must honour
 * {@link PrivateMessage#priority()}: a {@link Priority#LOW} message waits while replies to interactive messages are
 * waiting, is never sent faster than the limits allow (it waits rather than fails), and never sits in a user's
 * queue in front of a reply to that user. It must bound the wait (answering {@link DeliveryResult.NotDelivered}
 * for a message still waiting its turn, {@link DeliveryResult.Unknown} for one sent without an answer), be
 * thread-safe, and map platform errors to {@link DeliveryResult}; a stage completed exceptionally counts as
 * {@link DeliveryResult.Unknown} (never resent). Messages are private: they always go to the user alone.
 */
public interface PrivateMessenger {
    /** Hands the message over for the user's private chat; the stage says what happened to it. */
    CompletionStage<DeliveryResult> send(PrivateMessage message);
}
