package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.platform.common.KeyedLanes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * past an update once its receipt is committed: a row saying it was taken up (with the chat owed a notice if its
 * handling is cut off), written for the whole batch at once together with the new offset. The library's own
 * in-memory offset is ignored. Handling runs on per-user lanes beside the polling: the next getUpdates waits only
 * for the batch's receipts (one commit, shared with the handlers' writes), not for the batch to be handled. Crash
 * windows:
 * <ul>
 *   <li>received, receipt not committed: not confirmed, so Telegram sends it again after a restart → handled once;
 *   <li>receipt committed, not finished (the coach's writes and replies not committed, or only a prefix of them):
 *       at start the unfinished receipt is found, the user gets a notice to send it again, and the update is not
 *       handled again (at most once wins over exactly once);
 *   <li>finished, the offset not sent yet: Telegram sends it again; its receipt makes it a no-op;
 *   <li>replies committed, not delivered: the outbox delivers them after the restart.
 * </ul>
 * If the receipts' commit takes longer than {@link #RECEIPT_WAIT}, the poll goes on with the last committed offset
 * (Telegram then sends the batch again, and the receipts make it a no-op).
 */
final class UpdateIntake implements LongPollingUpdateConsumer, Function<Integer, GetUpdates> {
    static final Duration RECEIPT_WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(UpdateIntake.class);
    private static final int BATCH_LIMIT = 100;
    private final OffsetTracker tracker;
    private final TelegramOutbox store;
    private final KeyedLanes lanes;
    private final UpdateHandler handler;
    private final int pollTimeoutSeconds;
    private long savedOffset;
    /** The offset covered by the last batch's receipts, once {@link #receipts} completes. */
    private long receivedOffset;
    private CompletableFuture<?> receipts = CompletableFuture.completedFuture(null);
    private volatile boolean accepting = true;

    UpdateIntake(long startOffset, TelegramOutbox store, KeyedLanes lanes, UpdateHandler handler, Duration pollTimeout) {
        this.tracker = new OffsetTracker(startOffset);
        this.savedOffset = startOffset;
        this.receivedOffset = startOffset;
        this.store = store;
        this.lanes = lanes;
        this.handler = handler;
        this.pollTimeoutSeconds = Math.toIntExact(pollTimeout.toSeconds());
    }

    /** Builds the next getUpdates (called by the library's poll thread before each request). */
    @Override
    public GetUpdates apply(Integer libraryOffset) {
        if (accepting) {
            awaitReceipts();
        }
        return new LenientGetUpdates(savedOffset(), BATCH_LIMIT, pollTimeoutSeconds, tracker::skip);
    }

    private void awaitReceipts() {
        CompletableFuture<?> pending;
        long offset;
        synchronized (this) {
            pending = receipts;
            offset = receivedOffset;
        }
        try {
            pending.get(RECEIPT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            synchronized (this) {
                savedOffset = Math.max(savedOffset, offset);
            }
        } catch (TimeoutException e) {
            LOG.warn("The receipts of the last updates are not committed after {} s; polling on without confirming "
                    + "them", RECEIPT_WAIT.toSeconds());
        } catch (ExecutionException e) {
            LOG.error("Could not save the receipts of the last updates; Telegram will send them again", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the receipts of updates", e);
        }
        if (tracker.confirmable() > savedOffset()) {
            saveOffset(); // only unreadable updates since: nothing to take up, just confirm them
        }
    }

    /**
     * Takes up a batch: writes the receipts of the updates not taken up before (with the offset after them,
     * committed soon) and dispatches each to its user's lane. Never throws (that would stop the library's polling).
     */
    @Override
    public void consume(List<Update> updates) {
        List<Update> accepted = new ArrayList<>();
        List<Inbound> inbound = new ArrayList<>();
        List<TelegramOutbox.Receipt> receiptRows = new ArrayList<>();
        for (Update update : updates) {
            if (!accepting || update.getUpdateId() == null || !tracker.begin(update.getUpdateId())) {
                continue; // not taken up: it stays unconfirmed and comes again after the restart
            }
            try {
                Inbound translated = handler.translate(update);
                TelegramOutbox.Receipt receipt = handler.receipt(update.getUpdateId(), translated);
                if (receipt != null) {
                    receiptRows.add(receipt);
                }
                accepted.add(update);
                inbound.add(translated);
            } catch (RuntimeException e) {
                LOG.error("Could not read update {}; skipping it", update.getUpdateId(), e);
            } finally {
                tracker.finish(update.getUpdateId());
            }
        }
        if (accepted.isEmpty()) {
            return;
        }
        Set<Long> fresh;
        try {
            TelegramOutbox.Staged<Set<Long>> written = store.receive(receiptRows, tracker.confirmable());
            fresh = written.result();
            synchronized (this) {
                receipts = written.committed();
                receivedOffset = tracker.confirmable();
            }
        } catch (RuntimeException e) {
            LOG.error("Could not take up {} update(s); they are not handled", accepted.size(), e);
            return;
        }
        for (int i = 0; i < accepted.size(); i++) {
            Update update = accepted.get(i);
            boolean needsReceipt = handler.receipt(update.getUpdateId(), inbound.get(i)) != null;
            if (needsReceipt && !fresh.contains((long) update.getUpdateId())) {
                LOG.info("Update {} was taken up before (redelivered after a restart); not handling it again",
                        update.getUpdateId());
                continue;
            }
            dispatch(update, inbound.get(i));
        }
    }

    private void dispatch(Update update, Inbound inbound) {
        long updateId = update.getUpdateId();
        boolean queued = lanes.submit(UpdateTranslator.laneKey(update), () -> {
            try {
                handler.handle(update, inbound);
            } catch (RuntimeException e) {
                LOG.error("Failed to handle update {}; it is not retried", updateId, e);
            }
        });
        if (!queued) {
            LOG.warn("Update {} was taken up while stopping; its user gets a notice at the next start", updateId);
        }
    }

    /** Stops taking up new updates (those arriving later stay unconfirmed for the next start). */
    void stopAccepting() {
        accepting = false;
    }

    /** Saves the offset of everything taken up so far (on shutdown, and for batches of unreadable updates). */
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
