package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.platform.common.KeyedLanes;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates from the library's long polling and builds each getUpdates request, owning the offset.
 *
 * <p>Offset rule: the offset sent to Telegram (which confirms, i.e. deletes, every update below it) only moves
 * past an update once the update is finished: claimed, handled by the coach, and its replies committed to the
 * outbox together with its "done" mark. The offset is saved before it is sent. The library's own in-memory
 * offset, which moves as soon as a batch arrives, is ignored. Crash windows:
 * <ul>
 *   <li>update received, not claimed: not confirmed, so Telegram sends it again after a restart → handled once;
 *   <li>claimed, coach running or replies not committed: at start the claimed row is found, the user gets a
 *       notice to resend, the update is not handled again (at most once wins over exactly once);
 *   <li>done, offset not yet saved or sent: Telegram sends it again; the "done" row makes it a no-op;
 *   <li>replies committed, not delivered: the outbox delivers them after the restart.
 * </ul>
 * Back-pressure: before the next getUpdates, the poll thread waits (up to {@link #BATCH_WAIT}) for the batch in
 * flight to finish. Handling is quick (delivery is decoupled through the outbox), so confirming after each
 * batch costs little, and while an update is stuck the poll loop does not spin on redelivered updates.
 */
final class UpdateIntake implements LongPollingUpdateConsumer, Function<Integer, GetUpdates> {
    static final Duration BATCH_WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(UpdateIntake.class);
    private static final int BATCH_LIMIT = 100;
    private final OffsetTracker tracker;
    private final TelegramStore store;
    private final KeyedLanes lanes;
    private final UpdateHandler handler;
    private final int pollTimeoutSeconds;
    private long savedOffset;
    private volatile boolean accepting = true;

    UpdateIntake(long startOffset, TelegramStore store, KeyedLanes lanes, UpdateHandler handler, Duration pollTimeout) {
        this.tracker = new OffsetTracker(startOffset);
        this.savedOffset = startOffset;
        this.store = store;
        this.lanes = lanes;
        this.handler = handler;
        this.pollTimeoutSeconds = Math.toIntExact(pollTimeout.toSeconds());
    }

    /** Builds the next getUpdates (called by the library's poll thread before each request). */
    @Override
    public GetUpdates apply(Integer libraryOffset) {
        if (!accepting) {
            // closing: nothing new is taken up, so there is nothing to wait for or to save
            return new LenientGetUpdates(savedOffset(), BATCH_LIMIT, pollTimeoutSeconds, tracker::skip);
        }
        try {
            if (!tracker.awaitIdle(BATCH_WAIT)) {
                LOG.warn("{} update(s) still being handled after {} s; polling on without confirming them",
                        tracker.inFlightCount(), BATCH_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for updates in flight", e);
        }
        saveOffset();
        return new LenientGetUpdates(savedOffset(), BATCH_LIMIT, pollTimeoutSeconds, tracker::skip);
    }

    /** Dispatches a batch: each update to its user's lane. Never throws (that would stop the library's polling). */
    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                dispatch(update);
            } catch (RuntimeException e) {
                LOG.error("Could not dispatch update {}", update.getUpdateId(), e);
            }
        }
    }

    private void dispatch(Update update) {
        if (!accepting || update.getUpdateId() == null) {
            return; // not taken up: it stays unconfirmed and comes again after the restart
        }
        long updateId = update.getUpdateId();
        if (!tracker.begin(updateId)) {
            return;
        }
        lanes.submit(UpdateTranslator.laneKey(update), () -> {
            try {
                handler.handle(update);
            } catch (RuntimeException e) {
                LOG.error("Failed to handle update {}; it is not retried", updateId, e);
            } finally {
                tracker.finish(updateId);
            }
        });
    }

    /** Stops taking up new updates (those arriving later stay unconfirmed for the next start). */
    void stopAccepting() {
        accepting = false;
    }

    /** Saves the offset of everything finished so far (after the lanes are drained, on shutdown). */
    synchronized void saveOffset() {
        long next = tracker.confirmable();
        if (next > savedOffset) {
            store.saveOffset(next);
            savedOffset = next;
        }
    }

    private synchronized long savedOffset() {
        return savedOffset;
    }

    @Override
    public void close() {
        stopAccepting();
    }
}
