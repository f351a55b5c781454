package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.platform.common.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a chat's updates in order across processes (webhook mode): an update of a chat is handled once no earlier
 * update of the chat is still being handled by any process and the chat's replies so far are delivered, so a
 * user's consecutive updates landing on different processes are answered, and their replies sent, in order. The
 * database is asked every {@link #POLL}; past {@link #MAX_WAIT} (another process died in the middle of an update,
 * or the chat is paused by Telegram) the update goes on anyway, with a warning. Waiting holds no thread.
 */
final class ChatTurns implements AutoCloseable {
    static final Duration POLL = Duration.ofMillis(20);
    static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ChatTurns.class);
    private final TelegramOutbox store;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            new DaemonThreads("telegram-turns"));

    ChatTurns(TelegramOutbox store) {
        this.store = store;
    }

    /** Completes when update {@code updateId} of {@code chatId} may be handled (at once when nothing is before it). */
    CompletableFuture<Void> await(long chatId, long updateId) {
        CompletableFuture<Void> turn = new CompletableFuture<>();
        check(turn, chatId, updateId, MAX_WAIT.toMillis() / POLL.toMillis());
        return turn;
    }

    private void check(CompletableFuture<Void> turn, long chatId, long updateId, long triesLeft) {
        boolean busy;
        try {
            busy = store.chatBusyBefore(chatId, updateId);
        } catch (RuntimeException e) {
            LOG.warn("Could not check whether update {} of chat {} is next; handling it now", updateId, chatId, e);
            busy = false;
        }
        if (!busy) {
            turn.complete(null);
        } else if (triesLeft <= 0) {
            LOG.warn("Update {} waited {} s for an earlier update of its chat (another process may have stopped in "
                    + "the middle of it); handling it now", updateId, MAX_WAIT.toSeconds());
            turn.complete(null);
        } else {
            try {
                timer.schedule(() -> check(turn, chatId, updateId, triesLeft - 1), POLL.toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                turn.complete(null); // stopping: let the lane finish
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
