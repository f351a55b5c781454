package com.jobfuture.coach.platform.common;

import com.jobfuture.coach.core.chat.Reply;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Marks the messages of one snapshot reply ({@link Reply#snapshotOf()}: a report of where something stands), so a
 * platform holding unsent messages can drop a snapshot once a newer one of the same thing is queued behind it:
 * only the latest {@code /progress} is sent when several wait. Tags come from a {@link Generations} counter.
 */
public record SnapshotTag(String what, long generation) {
    /** True when {@code later} is a newer snapshot of the same thing (so this one is stale). */
    public boolean supersededBy(SnapshotTag later) {
        return later != null && later.what.equals(what) && later.generation > generation;
    }

    /** Hands out increasing generations; one per platform. Thread-safe. */
    public static final class Generations {
        private final AtomicLong last = new AtomicLong();

        /** A new tag for the reply's messages if it is a snapshot. */
        public Optional<SnapshotTag> tag(Reply reply) {
            return reply.snapshotOf().map(what -> new SnapshotTag(what, last.incrementAndGet()));
        }
    }
}
