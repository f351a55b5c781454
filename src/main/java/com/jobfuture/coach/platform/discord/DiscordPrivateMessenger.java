package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.notify.DeliveryResult;
import com.jobfuture.coach.core.notify.Priority;
import com.jobfuture.coach.core.notify.PrivateMessage;
import com.jobfuture.coach.core.notify.PrivateMessenger;
import com.jobfuture.coach.platform.common.DaemonThreads;
import com.jobfuture.coach.platform.common.KeyedLanes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts messages in users' DMs (reminders): opens the DM channel, then sends the reply rendered as every personal
 * message is (its buttons may be pressed by that user only). Messages go out one at a time from a thread of their
 * own, each first waiting (up to {@link #MAX_YIELD}) while the adapter is answering anyone, then for two turns of
 * the {@link PostPacer} it shares with community posts (opening the DM and the message are two requests), so a
 * burst of reminders stays under Discord's global limit and behind interactive replies; JDA's rate limiter keeps
 * the DM routes' buckets. Never sent twice: each message is held in memory only.
 *
 * <p>Results, as the port's contract says: sent → {@code Delivered}; 50007 Cannot send messages to this user (DMs
 * closed, no shared server, bot blocked), 10013 Unknown User or 50033 Invalid Recipient (opening the DM) →
 * {@code Unreachable}; not connected, the DM could
 * not be opened, a 502/503/504 after JDA's own retries, or another refusal → {@code NotDelivered}; no answer in
 * time after the message was sent, another 5xx, or only part of a long message sent → {@code Unknown}.
 */
final class DiscordPrivateMessenger implements PrivateMessenger, AutoCloseable {
    /** The longest a reminder waits for the adapter to finish answering people before it goes anyway. */
    static final Duration MAX_YIELD = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(DiscordPrivateMessenger.class);
    private static final Set<ErrorResponse> UNREACHABLE = EnumSet.of(ErrorResponse.CANNOT_SEND_TO_USER,
            ErrorResponse.UNKNOWN_USER, ErrorResponse.INVALID_RECIPIENT);
    /** Server errors JDA retries itself: the request was not carried out. */
    private static final Set<Integer> NOT_CARRIED_OUT = Set.of(502, 503, 504);
    private static final long REQUEST_TIMEOUT_SECONDS = 60;
    private final Supplier<ShardManager> shards;
    private final MessageRenderer renderer;
    private final PostPacer pacer;
    private final KeyedLanes interactive;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread dispatcher;
    private volatile boolean closed;

    private record Pending(PrivateMessage message, CompletableFuture<DeliveryResult> result) {
    }

    /** A failure while opening the DM (nothing was sent). */
    private static final class NotOpened extends RuntimeException {
        NotOpened(Throwable cause) {
            super(cause);
        }
    }

    /** A part of the message failed after {@code partsSent} parts went out. */
    private static final class PartFailed extends RuntimeException {
        private final int partsSent;

        PartFailed(int partsSent, Throwable cause) {
            super(cause);
            this.partsSent = partsSent;
        }
    }

    DiscordPrivateMessenger(Supplier<ShardManager> shards, MessageRenderer renderer, PostPacer pacer,
                            KeyedLanes interactive) {
        this.shards = shards;
        this.renderer = renderer;
        this.pacer = pacer;
        this.interactive = interactive;
        this.dispatcher = new DaemonThreads("discord-private").newThread(this::dispatch);
        dispatcher.start();
    }

    @Override
    public CompletionStage<DeliveryResult> send(PrivateMessage message) {
        CompletableFuture<DeliveryResult> result = new CompletableFuture<>();
        if (closed || !queue.offer(new Pending(message, result))) {
            result.complete(new DeliveryResult.NotDelivered("the Discord adapter is stopping"));
        }
        return result;
    }

    /** Stops sending; messages still waiting are reported as not delivered. */
    @Override
    public void close() {
        closed = true;
        dispatcher.interrupt();
        Pending left;
        while ((left = queue.poll()) != null) {
            left.result().complete(new DeliveryResult.NotDelivered("the Discord adapter stopped"));
        }
    }

    private void dispatch() {
        while (!closed) {
            Pending next;
            try {
                next = queue.take();
                if (next.message().priority() == Priority.LOW) {
                    interactive.awaitIdle(MAX_YIELD); // people being answered go first
                }
                pacer.acquire(); // opening the DM
                pacer.acquire(); // the message
            } catch (InterruptedException e) {
                break;
            }
            try {
                deliver(next.message()).whenComplete((result, failure) -> next.result().complete(
                        failure == null ? result : new DeliveryResult.Unknown(failure.toString())));
            } catch (RuntimeException e) {
                next.result().complete(new DeliveryResult.Unknown(e.toString()));
            }
        }
        close();
    }

    private CompletableFuture<DeliveryResult> deliver(PrivateMessage message) {
        // Any connected shard can open a DM and send into it (DMs belong to no server)
        ShardManager manager = shards.get();
        JDA client = manager == null ? null : manager.getShards().stream()
                .filter(shard -> shard.getStatus() == JDA.Status.CONNECTED).findFirst().orElse(null);
        if (client == null) {
            return CompletableFuture.completedFuture(new DeliveryResult.NotDelivered("not connected to Discord"));
        }
        String userId = message.to().externalId();
        if (!userId.matches("\\d{1,20}")) {
            return CompletableFuture.completedFuture(new DeliveryResult.Unreachable("not a Discord user id: "
                    + userId));
        }
        List<DiscordMessage> parts = renderer.messages(message.reply());
        CompletableFuture<PrivateChannel> opened = client.openPrivateChannelById(userId)
                .timeout(REQUEST_TIMEOUT_SECONDS, TimeUnit.SECONDS).submit()
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(new NotOpened(failure)));
        CompletableFuture<Integer> sent = opened.thenApply(channel -> 0);
        for (DiscordMessage part : parts) {
            sent = sent.thenCompose(count -> opened.join().sendMessage(renderer.create(part, Optional.of(userId)))
                    .setNonce(nonce(message.key())).timeout(REQUEST_TIMEOUT_SECONDS, TimeUnit.SECONDS).submit()
                    .handle((ok, failure) -> {
                        if (failure != null) {
                            throw new CompletionException(new PartFailed(count, failure));
                        }
                        return count + 1;
                    }));
        }
        return sent.handle((count, failure) -> failure == null ? new DeliveryResult.Delivered() : failed(failure));
    }

    /** The port's result for a failure to open the DM or to send a part. */
    static DeliveryResult failed(Throwable failure) {
        Throwable cause = unwrap(failure);
        boolean opening = cause instanceof NotOpened;
        int partsSent = cause instanceof PartFailed part ? part.partsSent : 0;
        Throwable why = opening || cause instanceof PartFailed ? unwrap(cause.getCause()) : cause;
        if (why instanceof ErrorResponseException error) {
            if (UNREACHABLE.contains(error.getErrorResponse())) {
                return new DeliveryResult.Unreachable(error.getErrorCode() + " " + error.getMeaning());
            }
            if (partsSent > 0) {
                return new DeliveryResult.Unknown("only part of the message was sent: " + error.getMeaning());
            }
            int status = error.getResponse() == null ? 0 : error.getResponse().code;
            if (!error.isServerError() || opening || NOT_CARRIED_OUT.contains(status)) {
                return new DeliveryResult.NotDelivered(error.getErrorCode() + " " + error.getMeaning());
            }
            return new DeliveryResult.Unknown(status + " " + error.getMeaning());
        }
        if (opening && partsSent == 0) {
            return new DeliveryResult.NotDelivered("could not open the DM: " + why);
        }
        if (why instanceof TimeoutException) {
            return new DeliveryResult.Unknown("no answer from Discord within " + REQUEST_TIMEOUT_SECONDS + " s");
        }
        LOG.warn("A private message failed: {}", why.toString());
        return new DeliveryResult.Unknown(why.toString());
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Discord nonces are at most 25 characters. */
    private static String nonce(String key) {
        return key.length() <= 25 ? key : key.substring(key.length() - 25);
    }
}
