package com.jobfuture.coach.platform.telegram;

import java.util.TreeSet;

/**
 * Tracks which received updates are still being handled, and so which offset may be confirmed to Telegram:
 * the lowest update in flight, or one past the highest update seen when none is in flight. Thread-safe.
 */
final class OffsetTracker {
    private final TreeSet<Long> inFlight = new TreeSet<>();
    private final long startOffset;
    private long highestSeen = -1;
    private long highestSkipped = -1;

    /** {@code startOffset} is the saved offset, or 0 when there is none. */
    OffsetTracker(long startOffset) {
        this.startOffset = startOffset;
    }

    /** Records a received update as in flight; false if it was seen before (it must not be handled again). */
    synchronized boolean begin(long updateId) {
        if (updateId < startOffset || updateId <= highestSeen) {
            return false;
        }
        inFlight.add(updateId);
        highestSeen = updateId;
        return true;
    }

    /**
     * Records an update that will not be handled at all (it could not be read). It is kept apart from the
     * updates seen, so the readable updates of the same batch (read after it) are still taken up.
     */
    synchronized void skip(long updateId) {
        if (updateId >= startOffset) {
            highestSkipped = Math.max(highestSkipped, updateId);
        }
    }

    /** The update's effects are committed (or it needed none). */
    synchronized void finish(long updateId) {
        if (inFlight.remove(updateId)) {
            notifyAll();
        }
    }

    /** The offset to confirm: every update below it is finished. */
    synchronized long confirmable() {
        if (!inFlight.isEmpty()) {
            return inFlight.first();
        }
        long highest = Math.max(highestSeen, highestSkipped);
        return highest >= 0 ? highest + 1 : startOffset;
    }
}
