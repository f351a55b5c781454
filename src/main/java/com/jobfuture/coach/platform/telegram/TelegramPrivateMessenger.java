package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.notify.DeliveryResult;
import com.jobfuture.coach.core.notify.Priority;
import com.jobfuture.coach.core.notify.PrivateMessage;
import com.jobfuture.coach.core.notify.PrivateMessenger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Starts messages in users' private chats (reminders; a user's private chat id is their user id). Low-priority
 * messages go through the {@link OutboxSender}'s low lane: after the replies queued for that user, never while a
 * reply to anyone waits for the bot-wide slot, within Telegram's limits; others queue like replies. Held in memory
 * only, so a crash never sends one again (the core then marks it unconfirmed).
 *
 * <p>Results, as the port's contract says: accepted → {@code Delivered}; the user blocked the bot, the account is
 * deactivated or the chat is not found (403, 400 "chat not found"), or the chat is known blocked already (no
 * request at all) → {@code Unreachable}; a 429 still there after one wait, a 5xx, a refused connection, another
 * refusal, or still waiting its turn after {@code timeout} (then withdrawn) → {@code NotDelivered}; no answer after
 * the request went out (a read timeout) or only part of a long message sent → {@code Unknown}. Thread-safe.
 */
final class TelegramPrivateMessenger implements PrivateMessenger {
    private final OutboxSender sender;
    private final ReplyRenderer renderer;
    private final Duration timeout;

    TelegramPrivateMessenger(OutboxSender sender, ReplyRenderer renderer, Duration timeout) {
        this.sender = sender;
        this.renderer = renderer;
        this.timeout = timeout;
    }

    @Override
    public CompletionStage<DeliveryResult> send(PrivateMessage message) {
        long chatId;
        try {
            chatId = Long.parseLong(message.to().externalId());
        } catch (NumberFormatException e) {
            return CompletableFuture.completedFuture(new DeliveryResult.Unreachable("not a Telegram user id: "
                    + message.to().externalId()));
        }
        if (chatId <= 0) {
            return CompletableFuture.completedFuture(new DeliveryResult.Unreachable("not a private chat: "
                    + chatId));
        }
        if (sender.isBlocked(chatId)) {
            return CompletableFuture.completedFuture(new DeliveryResult.Unreachable("the user blocked the bot"));
        }
        List<OutgoingMessage> parts = renderer.render(List.of(message.reply()), chatId, null);
        boolean low = message.priority() == Priority.LOW;
        CompletableFuture<DeliveryResult> result = CompletableFuture.completedFuture(null);
        for (int i = 0; i < parts.size(); i++) {
            OutgoingMessage part = parts.get(i);
            boolean first = i == 0;
            result = result.thenCompose(earlier -> earlier != null ? CompletableFuture.completedFuture(earlier)
                    : sendPart(part, low).thenApply(outcome -> outcome instanceof CallResult.Done ? null
                    : partFailed(outcome, first)));
        }
        return result.thenApply(outcome -> outcome == null ? new DeliveryResult.Delivered() : outcome);
    }

    /** Queues one part and waits for its answer; withdrawn if it is still waiting its turn after the timeout. */
    private CompletableFuture<CallResult> sendPart(OutgoingMessage part, boolean low) {
        QueuedMessage entry = low ? sender.sendLow(part) : sender.sendInMemory(part);
        // Still queued then: withdrawn (NotDelivered). Under way: its request's own timeout answers it.
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> sender.withdraw(entry));
        return entry.outcome();
    }

    /** What a part that was not accepted means for the whole message. */
    private DeliveryResult partFailed(CallResult outcome, boolean first) {
        DeliveryResult result = result(outcome);
        if (!first && result instanceof DeliveryResult.NotDelivered notDelivered) {
            return new DeliveryResult.Unknown("only part of the message was sent: " + notDelivered.reason());
        }
        return result;
    }

    /** The port's result for one of Telegram's answers. */
    static DeliveryResult result(CallResult outcome) {
        if (outcome instanceof CallResult.Done) {
            return new DeliveryResult.Delivered();
        } else if (outcome instanceof CallResult.Blocked blocked) {
            return new DeliveryResult.Unreachable(blocked.reason());
        } else if (outcome instanceof CallResult.RetryAfter retryAfter) {
            return new DeliveryResult.NotDelivered("rate limited for " + retryAfter.delay().toSeconds() + " s");
        } else if (outcome instanceof CallResult.Rejected rejected) {
            return new DeliveryResult.NotDelivered(rejected.errorCode() + " " + rejected.reason());
        } else if (outcome instanceof CallResult.Transient failure) {
            return failure.maybeDelivered() ? new DeliveryResult.Unknown(failure.reason())
                    : new DeliveryResult.NotDelivered(failure.reason());
        }
        return new DeliveryResult.Unknown("unexpected answer " + outcome);
    }
}
