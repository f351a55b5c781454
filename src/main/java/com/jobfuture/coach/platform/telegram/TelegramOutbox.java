package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.chat.SecretRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The Telegram adapter's durable state (the storage port; implemented under {@code storage/telegram}): the confirmed
 * update offset, the receipts of updates taken up, the outbox of replies not delivered yet, the chats that blocked
 * the bot, and which bot process owns each receipt and outbox row. Several processes may share one database: each
 * beats ({@link #beat}) while it lives, and only rows of a process that stopped beating are taken over
 * ({@link #takeOver}), each by one process. A confidential message's row keeps no content ("sealed"): the sender
 * holds it in memory, and the row names only its secret's reference (kind and id). Implementations are thread-safe.
 */
public interface TelegramOutbox {
    /** This process's id: the owner written on its rows. */
    String processId();

    /** Registers this process, or refreshes its heartbeat (run on a timer, well inside the grace window). */
    void beat();

    /** A clean stop: marks this process gone, so another one takes over its rows without waiting out the grace. */
    void retire();

    /**
     * The saved offset, unless it is older than {@code maxAge}: Telegram keeps unconfirmed updates for 24 hours,
     * so past that nothing below the offset can come back.
     */
    OptionalLong offset(Duration maxAge);

    /** Saves the offset and forgets the taken-up updates below it (Telegram will not send them again). */
    void saveOffset(long nextOffset);

    /** Marks the update as taken up by this process; false if it was taken up before (do not handle it again). */
    boolean claim(long updateId, Long chatId);

    /**
     * Marks a batch of received updates as taken up and saves {@code nextOffset} with them, without waiting for
     * the commit. Returns the ids taken up now (the others were taken up before) and the stage of the commit.
     */
    Staged<Set<Long>> receive(List<Receipt> receipts, long nextOffset);

    /** Runs the work with the commits of its writes deferred to its end (one commit for them all). */
    <T> T deferCommits(Supplier<T> work);

    /**
     * In one transaction: queues the update's replies, applies its block/unblock change, and marks it done. Rows
     * of chats in {@code sendingAtOnce} are marked as possibly out already (their requests go right after the
     * commit). Returns the queued messages with their outbox ids.
     */
    List<QueuedMessage> complete(long updateId, List<OutgoingMessage> replies, BlockChange change,
                                 Set<Long> sendingAtOnce);

    /** The same, with no row marked out. */
    default List<QueuedMessage> complete(long updateId, List<OutgoingMessage> replies, BlockChange change) {
        return complete(updateId, replies, change, Set.of());
    }

    /**
     * Takes over what processes that have not beaten within {@code grace} left behind (rows written before owners
     * existed included), each row by exactly one caller (a conditional update on its old owner). Their updates
     * left 'claimed' are marked done and their chats returned (owed a notice); their sealed rows are deleted and
     * their secrets' references returned (once per chat and secret: to render again), or for rows naming none their
     * chats (owed a notice); a row whose request may have been out is made again if it is an edit, else replaced
     * in place by {@code lostNotice}. The rows taken over are now this process's, listed in {@code taken} in
     * delivery order (to queue in the sender).
     */
    Recovery takeOver(String lostNotice, Duration grace);

    /**
     * Whether the chat has to wait before its update {@code updateId} is handled: an earlier update of the chat is
     * still being handled (its receipt 'claimed', maybe by another process), or replies to it are not delivered yet.
     */
    boolean chatBusyBefore(long chatId, long updateId);

    /** Forgets the receipts of updates finished before {@code before}. Returns how many. */
    int forgetFinishedBefore(Instant before);

    /** Queues messages outside any update (e.g. restart notices), owned by this process. */
    List<QueuedMessage> enqueue(List<OutgoingMessage> messages);

    /** This process's outbox rows in delivery order, not marked out, not sealed (run at start). */
    List<QueuedMessage> pending();

    /**
     * Marks this process's rows as possibly having a request out, in one write. Returns the ids marked: a row
     * missing from it is no longer this process's (another took it over while this one missed its heartbeats, or
     * it was dropped) and must not be sent.
     */
    Set<Long> setInFlight(List<Long> outboxIds);

    /** A 429 answered the row's request: it was not delivered, and the chat waits until {@code until}. */
    void pause(long outboxId, Instant until);

    /** Chats of this process's rows that Telegram asked to wait for (429), with the time they may be written to. */
    Map<Long, Instant> pausedChats();

    /** Replaces a row's content (an edit turned into a new message, HTML into plain text, sent again); not out. */
    void replace(long outboxId, OutgoingMessage message);

    /** Removes a given-up row. */
    void delete(long outboxId);

    /**
     * Removes a delivered row without waiting for its own commit: it rides along with the next commit made for
     * other work, or is committed on its own within a few milliseconds. The future completes once committed.
     */
    CompletableFuture<Integer> deleteSoon(long outboxId);

    /**
     * In one transaction: marks the chat blocked, drops everything queued for it and queues {@code instead} (the
     * notes owed to groups for the dropped messages). Returns the queued notes.
     */
    List<QueuedMessage> block(long chatId, List<OutgoingMessage> instead);

    /** In one transaction: removes the rows and queues {@code instead}; returns the queued messages. */
    List<QueuedMessage> dropAndEnqueue(List<Long> outboxIds, List<OutgoingMessage> instead);

    /** Chats that blocked the bot. */
    Set<Long> blockedChats();

    /** An update taken up: its id and the chat owed a notice if its handling is cut off (null: none). */
    record Receipt(long updateId, Long chatId) {
    }

    /** A write's result now, and the stage that completes when it is committed. */
    record Staged<T>(T result, CompletableFuture<T> committed) {
    }

    /**
     * What {@link #takeOver} found: chats whose update was cut off (owed a notice), chats whose confidential
     * message naming no secret was lost with its process (owed a notice), the secrets to render again, how many new
     * messages whose request may have been out were replaced by a notice, and the rows now this process's to deliver.
     */
    record Recovery(List<Long> interruptedChats, List<Long> sealedChats, List<Reissue> reissues, int lost,
                    List<QueuedMessage> taken) {
        /** True when nothing was taken over. */
        public boolean isEmpty() {
            return interruptedChats.isEmpty() && sealedChats.isEmpty() && reissues.isEmpty() && taken.isEmpty();
        }
    }

    /** A confidential message lost with its process: the chat it was for and the secret to render again. */
    record Reissue(long chatId, SecretRef secret) {
    }
}
