package com.jobfuture.coach.testing;

import com.jobfuture.coach.core.daily.CommunityMessage;
import com.jobfuture.coach.core.daily.CommunityPublisher;
import com.jobfuture.coach.core.daily.PublishResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A publisher that records every message with the time it was published, answers with a scripted result (posted
 * by default), and tracks how many calls ran at once.
 */
public final class RecordingPublisher implements CommunityPublisher {
    /** One published message and the clock's time then. */
    public record Published(CommunityMessage message, Instant at) {
    }

    private final Clock clock;
    private final List<Published> published = new ArrayList<>();
    private final Map<String, Function<CommunityMessage, PublishResult>> conversationToScript =
            new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger counter = new AtomicInteger();

    public RecordingPublisher(Clock clock) {
        this.clock = clock;
    }

    /** Answers messages to this conversation with the script instead of "posted". */
    public void script(String conversationId, Function<CommunityMessage, PublishResult> script) {
        conversationToScript.put(conversationId, script);
    }

    @Override
    public PublishResult publish(CommunityMessage message) {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            synchronized (published) {
                published.add(new Published(message, clock.instant()));
            }
            Thread.onSpinWait();
            Function<CommunityMessage, PublishResult> script = conversationToScript.get(
                    message.community().conversationId());
            return script != null ? script.apply(message)
                    : new PublishResult.Posted("msg-" + counter.incrementAndGet());
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Everything published so far. */
    public List<Published> published() {
        synchronized (published) {
            return List.copyOf(published);
        }
    }

    /** The messages of a kind, in order. */
    public List<CommunityMessage> messages(CommunityMessage.Kind kind) {
        return published().stream().map(Published::message).filter(m -> m.kind() == kind).toList();
    }

    /** The most calls that ran at the same time. */
    public int maxInFlight() {
        return maxInFlight.get();
    }
}
