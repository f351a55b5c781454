package com.jobfuture.coach.platform.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * At most {@code limit} events in any {@code window}, the way a platform counts "30 messages per second" or "20 per
 * minute" on its side: a burst of up to {@code limit} goes at once, the next event waits until the oldest one has
 * left the window. An event is a request: it counts from when it is {@link #take}n, and until it is
 * {@link #done} it stays in the window (it may still arrive any moment); once done it counts from then, the latest
 * it can have arrived — so however long requests take to travel, no window on the platform's side sees more than
 * the limit. An event never reported done counts as done {@link #FORGOTTEN_AFTER} after it was taken. Time comes
 * from {@code nanoTime} (virtual in tests). Not thread-safe: callers synchronize (a send is checked against several
 * windows at once, all or nothing).
 */
public final class SlidingWindow {
    /** How long a request may stay out before the window stops waiting for it to be reported done. */
    public static final Duration FORGOTTEN_AFTER = Duration.ofMinutes(2);
    private final int limit;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final List<Event> events = new ArrayList<>();

    /** One request counted by the window. */
    public static final class Event {
        private final long takenAt;
        private long at;
        private boolean done;

        private Event(long takenAt) {
            this.takenAt = takenAt;
            this.at = takenAt;
        }
    }

    public SlidingWindow(int limit, Duration window, LongSupplier nanoTime) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a window needs a positive limit and length");
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** How long until the next event may happen (zero: now); reserves nothing. */
    public Duration waitTime() {
        return waitTime(limit);
    }

    /**
     * How long until fewer than {@code share} events are in the window (zero: now), for events of a lower priority
     * that may use only part of the limit, leaving the rest for others; reserves nothing.
     */
    public Duration waitTime(int share) {
        long now = nanoTime.getAsLong();
        forgetOld(now);
        int cap = Math.max(1, Math.min(share, limit));
        if (events.size() < cap) {
            return Duration.ZERO;
        }
        long[] leaves = new long[events.size()];
        for (int i = 0; i < leaves.length; i++) {
            Event event = events.get(i);
            leaves[i] = (event.done ? event.at : now) + windowNanos;
        }
        Arrays.sort(leaves);
        long enough = leaves[events.size() - cap]; // once this one left, cap - 1 remain
        return Duration.ofNanos(Math.max(1, enough - now));
    }

    /** Counts an event from now; call only after {@link #waitTime()} returned zero. */
    public Event take() {
        long now = nanoTime.getAsLong();
        forgetOld(now);
        if (events.size() >= limit) {
            throw new IllegalStateException("no event allowed now; check waitTime() first");
        }
        Event event = new Event(now);
        events.add(event);
        return event;
    }

    /** The event's request is over: from now on it counts from now. */
    public void done(Event event) {
        if (!event.done) {
            event.done = true;
            event.at = Math.max(event.at, nanoTime.getAsLong());
        }
    }

    /** True when no event is in the window any more, so forgetting this window changes nothing. */
    public boolean isIdle() {
        forgetOld(nanoTime.getAsLong());
        return events.isEmpty();
    }

    private void forgetOld(long now) {
        Iterator<Event> all = events.iterator();
        while (all.hasNext()) {
            Event event = all.next();
            if (!event.done && now - event.takenAt >= FORGOTTEN_AFTER.toNanos()) {
                event.done = true;
                event.at = now;
            }
            if (event.done && now - event.at >= windowNanos) {
                all.remove();
            }
        }
    }
}
