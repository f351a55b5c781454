package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.daily.CommunityMessage;
import com.jobfuture.coach.core.daily.CommunityPublisher;
import com.jobfuture.coach.core.daily.PublishResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts questions of the day and reveals into Telegram groups (the community id is the chat id). Each message
 * goes through the {@link OutboxSender} like every reply, so it waits its turn behind the group's other messages
 * and within the same limits (30 messages/s overall, 20/min per group, 429's retry_after), but it is held in
 * memory only: a crash never sends it again (the core marks it unconfirmed). The call blocks until Telegram gave
 * the message id, or for at most {@code timeout}. A reveal replies to its question (sent even if the question was
 * deleted). Buttons carry the core's actions; any member may press them.
 *
 * <p>Results, as the port's contract says: accepted → {@code Posted(message id)}; the bot was removed or banned,
 * the chat is gone, upgraded to a supergroup ({@code migrate_to_chat_id}) or the bot may not post → {@code
 * BotRemoved}; Telegram refused it or could not be reached, or it was still waiting its turn (e.g. a long 429)
 * at the timeout and was withdrawn → {@code NotDelivered}; no answer after the request went out (a read timeout,
 * a connection cut while waiting) or part of a long message went out → {@code Unknown}.
 */
final class TelegramCommunityPublisher implements CommunityPublisher {
    private final OutboxSender sender;
    private final ReplyRenderer renderer;
    private final Duration timeout;

    TelegramCommunityPublisher(OutboxSender sender, ReplyRenderer renderer, Duration timeout) {
        this.sender = sender;
        this.renderer = renderer;
        this.timeout = timeout;
    }

    @Override
    public PublishResult publish(CommunityMessage message) {
        long chatId;
        try {
            chatId = Long.parseLong(message.community().conversationId());
        } catch (NumberFormatException e) {
            return new PublishResult.BotRemoved("not a Telegram chat id: " + message.community().conversationId());
        }
        Integer replyTo = message.inReplyTo().flatMap(TelegramCommunityPublisher::messageId).orElse(null);
        List<OutgoingMessage> parts = renderer.render(List.of(message.reply()), chatId, null);
        long deadline = System.nanoTime() + timeout.toNanos();
        Integer last = null;
        for (int i = 0; i < parts.size(); i++) {
            OutgoingMessage part = i == 0 && replyTo != null ? parts.get(i).replyingTo(replyTo) : parts.get(i);
            CallResult result = sendAndWait(part, deadline);
            if (result instanceof CallResult.Done done) {
                last = done.messageId();
                continue;
            }
            PublishResult failed = failure(result);
            if (i > 0 && failed instanceof PublishResult.NotDelivered notDelivered) {
                return new PublishResult.Unknown("only part of the message was posted: " + notDelivered.reason());
            }
            return failed;
        }
        return last == null ? new PublishResult.Unknown("Telegram did not say which message it created")
                : new PublishResult.Posted(String.valueOf(last));
    }

    private CallResult sendAndWait(OutgoingMessage part, long deadline) {
        QueuedMessage entry = sender.sendInMemory(part);
        try {
            return entry.outcome().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (sender.withdraw(entry)) {
                return new CallResult.Transient("still waiting its turn after " + timeout.toSeconds() + " s", false);
            }
            return entry.outcome().getNow(new CallResult.Transient("no answer from Telegram within "
                    + timeout.toSeconds() + " s", true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            boolean withdrawn = sender.withdraw(entry);
            return new CallResult.Transient("interrupted while waiting", !withdrawn);
        } catch (ExecutionException e) {
            return new CallResult.Transient(String.valueOf(e.getCause()), true);
        }
    }

    /** The port's result for a message Telegram did not accept. */
    static PublishResult failure(CallResult result) {
        if (result instanceof CallResult.Blocked blocked) {
            return new PublishResult.BotRemoved(blocked.reason());
        } else if (result instanceof CallResult.Rejected rejected) {
            return new PublishResult.NotDelivered(rejected.errorCode() + " " + rejected.reason());
        } else if (result instanceof CallResult.RetryAfter retryAfter) {
            return new PublishResult.NotDelivered("rate limited for " + retryAfter.delay().toSeconds() + " s");
        } else if (result instanceof CallResult.Transient failure) {
            return failure.maybeDelivered() ? new PublishResult.Unknown(failure.reason())
                    : new PublishResult.NotDelivered(failure.reason());
        }
        return new PublishResult.Unknown("unexpected result " + result);
    }

    private static Optional<Integer> messageId(String ref) {
        try {
            return Optional.of(Integer.parseInt(ref));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
