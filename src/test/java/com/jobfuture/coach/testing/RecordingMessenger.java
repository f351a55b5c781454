package com.jobfuture.coach.testing;

import com.jobfuture.coach.core.notify.DeliveryResult;
import com.jobfuture.coach.core.notify.PrivateMessage;
import com.jobfuture.coach.core.notify.PrivateMessenger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A private messenger that records every message it was asked to send with the clock's time then, and answers
 * with a scripted result per user id on the platform (delivered by default). A script may also act (e.g. turn
 * another user's reminders off while this message is "in flight") or throw (the process "dies" mid-send).
 */
public final class RecordingMessenger implements PrivateMessenger {
    /** One message and the time the messenger was called. */
    public record Sent(PrivateMessage message, Instant at) {
    }

    private final Clock clock;
    private final List<Sent> sent = new ArrayList<>();
    private final Map<String, Function<PrivateMessage, DeliveryResult>> externalIdToScript = new ConcurrentHashMap<>();

    public RecordingMessenger(Clock clock) {
        this.clock = clock;
    }

    /** Answers messages to this user with the script instead of "delivered". */
    public void script(String externalId, Function<PrivateMessage, DeliveryResult> script) {
        externalIdToScript.put(externalId, script);
    }

    /** Delivers to this user again. */
    public void clearScript(String externalId) {
        externalIdToScript.remove(externalId);
    }

    @Override
    public CompletionStage<DeliveryResult> send(PrivateMessage message) {
        synchronized (sent) {
            sent.add(new Sent(message, clock.instant()));
        }
        Function<PrivateMessage, DeliveryResult> script = externalIdToScript.get(message.to().externalId());
        return CompletableFuture.completedFuture(script == null ? new DeliveryResult.Delivered()
                : script.apply(message));
    }

    /** Every call so far. */
    public List<Sent> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    /** The calls for one user. */
    public List<Sent> sentTo(String externalId) {
        return sent().stream().filter(s -> s.message().to().externalId().equals(externalId)).toList();
    }
}
