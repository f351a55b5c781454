package com.jobfuture.coach.platform.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.platform.common.SnapshotTag;
import com.jobfuture.coach.platform.common.TaskScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox. Each chat's messages go out in order, one request at a time; different chats go out in
 * parallel, within the {@link SendLimiter}. A 429 pauses the chat for its {@code retry_after}; 5xx answers and
 * dropped connections are retried with backoff; a 403 (or a chat that is gone) marks the chat blocked and drops
 * its queue, sending the group notes owed for dropped messages instead; a rejected edit is sent as a new message
 * and rejected HTML as plain text.
 *
 * <p>Besides saved messages, a chat's queue may hold messages kept in memory only ({@link #sendInMemory}: the
 * questions of the day, which must never be sent again after a crash). They share the order and the limits, wait
 * out 429s, and report every other outcome to their caller instead of being retried.
 *
 * <p>Stale snapshots: a saved message that is part of a snapshot reply (an earlier {@code /progress}) is dropped
 * unsent when a newer snapshot of the same thing waits behind it in the chat's queue.
 *
 * <p>Low-priority messages ({@link #sendLow}: reminders) wait in a lane of their own, in memory only, and go out
 * on threads of their own: never while their chat has messages queued (a reply to the user goes first), never
 * while an ordinary message waits for the bot-wide slot ({@link SendLimiter#reserveLow}), within the same limits.
 * A chat known blocked answers {@code Blocked} at once; a 429 is waited out once (up to 30 s), then reported.
 *
 * <p>Never twice: a message is retried only after an answer that says it was not delivered (429, 5xx) or a
 * failed connection, and its outbox row is marked in flight while a request is out; a row found in flight at
 * start is dropped, not resent (see {@link TelegramStore#recover}). Thread-safe.
 */
final class OutboxSender {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int CALLBACK_ATTEMPTS = 3;
    /** Low-priority requests out at once (each on a thread of the low lane). */
    private static final int LOW_THREADS = 4;
    /** How soon the low lane looks again while its messages wait for their chats' replies to go first. */
    private static final Duration LOW_RECHECK = Duration.ofMillis(100);
    /** The longest 429 a low-priority message waits out (once) before it is reported as not delivered. */
    private static final Duration LOW_MAX_RETRY_AFTER = Duration.ofSeconds(30);
    private final BotApi api;
    private final TelegramStore store;
    private final SendLimiter limiter;
    private final RetryPolicy retry;
    private final Clock clock;
    private final TaskScheduler executor;
    private final TaskScheduler lowExecutor;
    private final Object lock = new Object();
    private final Map<Long, ChatQueue> chatToQueue = new HashMap<>();
    /** Low-priority messages waiting for their turn; guarded by {@code lock}. */
    private final Deque<LowItem> lowLane = new ArrayDeque<>();
    /**
     * The low lane's next step (scheduled, not yet started: its token and time; a later-scheduled step with an
     * older token does nothing) and how many low requests are out; guarded by {@code lock}.
     */
    private boolean lowStepPending;
    private long lowStepToken;
    private Instant lowStepAt = Instant.MIN;
    private int lowSending;
    private final Set<Long> blocked = ConcurrentHashMap.newKeySet();
    private final AtomicLong nextMemoryId = new AtomicLong(-1);
    private volatile boolean closed;

    /** One chat's pending messages; guarded by {@code lock}. */
    private static final class ChatQueue {
        private final Deque<QueuedMessage> items = new ArrayDeque<>();
        private Instant notBefore = Instant.MIN;
        private int failures;
        /** The head while a request for it is out (it can no longer be withdrawn). */
        private QueuedMessage sending;
    }

    /** A low-priority message in its lane; guarded by {@code lock}. */
    private static final class LowItem {
        private QueuedMessage entry;
        private Instant notBefore = Instant.MIN;
        private boolean rateLimited;

        LowItem(QueuedMessage entry) {
            this.entry = entry;
        }
    }

    /**
     * {@code time} paces the sends and times the waits (429 pauses, back-off): real time in production (Telegram's
     * limits are in seconds that pass), virtual time in tests; {@code limiter} must read the same time.
     */
    OutboxSender(BotApi api, TelegramStore store, SendLimiter limiter, RetryPolicy retry, PlatformTime time,
                 int threads) {
        this.api = api;
        this.store = store;
        this.limiter = limiter;
        this.retry = retry;
        this.clock = time.clock();
        this.executor = time.scheduler("telegram-send", threads);
        this.lowExecutor = time.scheduler("telegram-low", LOW_THREADS);
    }

    /** Loads the blocked chats and the outbox left by an earlier run (with any 429 pauses), and delivers it. */
    void start() {
        blocked.addAll(store.blockedChats());
        Map<Long, Instant> paused = store.pausedChats();
        synchronized (lock) {
            paused.forEach((chatId, until) ->
                    chatToQueue.computeIfAbsent(chatId, id -> new ChatQueue()).notBefore = until);
        }
        enqueue(store.pending());
        paused.keySet().forEach(chatId -> schedule(chatId, Duration.ZERO));
    }

    /** Adds saved messages (or in-memory entries) to their chats' queues. */
    void enqueue(List<QueuedMessage> messages) {
        List<Long> started = new ArrayList<>();
        synchronized (lock) {
            for (QueuedMessage message : messages) {
                long chatId = message.message().chatId();
                ChatQueue queue = chatToQueue.get(chatId);
                if (queue == null) {
                    queue = new ChatQueue();
                    chatToQueue.put(chatId, queue);
                    started.add(chatId);
                }
                queue.items.addLast(message);
            }
        }
        started.forEach(chatId -> schedule(chatId, Duration.ZERO));
    }

    /**
     * Queues a message that is not saved behind the chat's earlier messages, within the same limits. Its outcome
     * completes with Telegram's answer ({@code Done} with the message id, {@code Blocked}, {@code Rejected},
     * {@code Transient}); a 429 is waited out first. A chat known to be blocked answers {@code Blocked}; a
     * closing sender {@code Transient} (not sent).
     */
    QueuedMessage sendInMemory(OutgoingMessage message) {
        QueuedMessage entry = new QueuedMessage(nextMemoryId.getAndDecrement(), message, new CompletableFuture<>());
        if (closed) {
            entry.outcome().complete(new CallResult.Transient("the Telegram sender is stopping", false));
        } else {
            enqueue(List.of(entry));
        }
        return entry;
    }

    /**
     * Queues a low-priority message (not saved) in the low lane: it goes out only when its chat has nothing queued
     * and no ordinary message waits for the bot-wide slot, within the same limits. Its outcome completes with
     * Telegram's answer ({@code Done}, {@code Blocked} — at once for a chat known blocked —, {@code RetryAfter}
     * after one 429 was waited out, {@code Rejected}, {@code Transient}); a closing sender answers
     * {@code Transient} (not sent).
     */
    QueuedMessage sendLow(OutgoingMessage message) {
        QueuedMessage entry = new QueuedMessage(nextMemoryId.getAndDecrement(), message, new CompletableFuture<>());
        if (closed) {
            entry.outcome().complete(new CallResult.Transient("the Telegram sender is stopping", false));
        } else if (blocked.contains(message.chatId())) {
            entry.outcome().complete(new CallResult.Blocked("the chat blocked the bot"));
        } else {
            synchronized (lock) {
                lowLane.addLast(new LowItem(entry));
            }
            scheduleLow(Duration.ZERO);
        }
        return entry;
    }

    /** How many low-priority messages wait in their lane (not yet sent, not in flight). */
    int lowWaiting() {
        synchronized (lock) {
            return lowLane.size();
        }
    }

    /**
     * Takes an in-memory entry out of its queue if its request has not gone out; true means it will never be
     * sent (its outcome then says so), false that it was sent or is being sent (wait for its outcome).
     */
    boolean withdraw(QueuedMessage entry) {
        boolean removed;
        synchronized (lock) {
            if (lowLane.removeIf(item -> item.entry.id() == entry.id())) {
                entry.outcome().complete(new CallResult.Transient("withdrawn before it was sent", false));
                return true;
            }
            ChatQueue queue = chatToQueue.get(entry.message().chatId());
            if (queue == null || (queue.sending != null && queue.sending.id() == entry.id())) {
                return false;
            }
            removed = queue.items.removeIf(item -> item.id() == entry.id());
        }
        if (removed) {
            entry.outcome().complete(new CallResult.Transient("withdrawn before it was sent", false));
        }
        return removed;
    }

    /** The user blocked the bot (already saved, their outbox rows deleted): forget the chat's queue. */
    void blocked(long chatId) {
        blocked.add(chatId);
        List<QueuedMessage> dropped = new ArrayList<>();
        synchronized (lock) {
            ChatQueue queue = chatToQueue.get(chatId);
            if (queue != null) {
                queue.items.stream().filter(item -> queue.sending == null || item.id() != queue.sending.id())
                        .forEach(dropped::add);
                queue.items.removeAll(dropped);
            }
        }
        dropped.stream().filter(item -> !item.saved())
                .forEach(item -> item.outcome().complete(new CallResult.Blocked("the chat blocked the bot")));
    }

    /** The user wrote again, or the bot is back in the group (already saved): the bot may send to the chat. */
    void unblocked(long chatId) {
        blocked.remove(chatId);
    }

    boolean isBlocked(long chatId) {
        return blocked.contains(chatId);
    }

    /** Answers a callback query soon (not saved: after a restart the query has expired anyway). */
    void answerCallback(String callbackQueryId) {
        answerCallback(callbackQueryId, null, false);
    }

    /** Answers a callback query soon with a toast (or an alert) showing {@code text}; null shows nothing. */
    void answerCallback(String callbackQueryId, String text, boolean alert) {
        submit(() -> answer(callbackQueryId, text, alert, 1), Duration.ZERO);
    }

    /**
     * Stops sending; waits up to {@code wait} for requests in flight. Unsent saved messages stay in the outbox;
     * unsent in-memory ones are reported as not delivered.
     */
    void close(Duration wait) {
        closed = true;
        boolean lowDone = lowExecutor.close(wait);
        if (!executor.close(wait) || !lowDone) {
            LOG.warn("Telegram requests still running after {}; abandoning them", wait);
        }
        synchronized (lock) {
            for (LowItem item : lowLane) {
                item.entry.outcome().complete(new CallResult.Transient("the Telegram sender stopped", false));
            }
            lowLane.clear();
            for (ChatQueue queue : chatToQueue.values()) {
                for (QueuedMessage item : queue.items) {
                    if (!item.saved()) {
                        boolean out = queue.sending != null && queue.sending.id() == item.id();
                        item.outcome().complete(new CallResult.Transient("the Telegram sender stopped", out));
                    }
                }
            }
        }
    }

    /**
     * Schedules a step of the low lane after {@code delay}, unless one is pending that runs no later, or all its
     * threads are sending (a send's end schedules the next step).
     */
    private void scheduleLow(Duration delay) {
        long token;
        synchronized (lock) {
            Instant at = clock.instant().plus(delay);
            if (closed || lowSending >= LOW_THREADS || lowLane.isEmpty() || lowStepPending && !at.isBefore(lowStepAt)) {
                return;
            }
            lowStepPending = true;
            lowStepAt = at;
            token = ++lowStepToken;
        }
        lowExecutor.schedule(() -> {
            try {
                lowStep(token);
            } catch (RuntimeException e) {
                LOG.error("Telegram low-priority task failed", e);
                scheduleLow(retry.maxDelay());
            }
        }, delay);
    }

    /**
     * Picks the first low-priority message that may go now (its chat has nothing queued, its 429 pause is over,
     * the limiter lets a low-priority send through) and sends it; otherwise looks again when the earliest of them
     * might go.
     */
    private void lowStep(long token) {
        LowItem chosen = null;
        List<LowItem> blockedItems = new ArrayList<>();
        Duration again = null;
        synchronized (lock) {
            if (token != lowStepToken || closed) {
                return; // superseded by a step scheduled sooner
            }
            lowStepPending = false;
            Instant now = clock.instant();
            for (var items = lowLane.iterator(); items.hasNext(); ) {
                LowItem item = items.next();
                long chatId = item.entry.message().chatId();
                Duration wait;
                if (blocked.contains(chatId)) {
                    items.remove();
                    blockedItems.add(item);
                    continue;
                } else if (chatToQueue.containsKey(chatId)) {
                    wait = LOW_RECHECK; // the user's own replies go first
                } else if (item.notBefore.isAfter(now)) {
                    wait = Duration.between(now, item.notBefore);
                } else {
                    wait = limiter.reserveLow(chatId);
                }
                if (wait.isZero()) {
                    items.remove();
                    chosen = item;
                    lowSending++;
                    break;
                }
                again = again == null || wait.compareTo(again) < 0 ? wait : again;
            }
        }
        blockedItems.forEach(item -> item.entry.outcome().complete(new CallResult.Blocked("the chat blocked the bot")));
        if (chosen == null) {
            if (again != null) {
                scheduleLow(again);
            }
            return;
        }
        scheduleLow(Duration.ZERO); // the next one may go on another thread while this request is out
        CallResult result;
        try {
            result = api.deliver(chosen.entry.message());
        } finally {
            synchronized (lock) {
                lowSending--;
            }
        }
        afterLowDelivery(chosen, result);
        scheduleLow(Duration.ZERO);
    }

    private void afterLowDelivery(LowItem item, CallResult result) {
        long chatId = item.entry.message().chatId();
        boolean waitedOnce;
        synchronized (lock) {
            waitedOnce = item.rateLimited;
        }
        if (result instanceof CallResult.RetryAfter retryAfter && !waitedOnce
                && retryAfter.delay().compareTo(LOW_MAX_RETRY_AFTER) <= 0) {
            LOG.info("Telegram asked to wait {} s before a reminder to chat {}; waiting", retryAfter.delay()
                    .toSeconds(), chatId);
            requeueLow(item, clock.instant().plus(retryAfter.delay()), item.entry, true);
        } else if (result instanceof CallResult.Rejected rejected && item.entry.message().html()
                && !item.entry.message().isEdit()) {
            LOG.warn("Telegram refused a reminder to chat {} ({} {}); sending it as plain text", chatId,
                    rejected.errorCode(), rejected.reason());
            requeueLow(item, Instant.MIN, item.entry.with(item.entry.message().asPlainText()), item.rateLimited);
        } else if (result instanceof CallResult.Blocked why) {
            LOG.info("Chat {} cannot be written to ({}); not writing to it until it writes again", chatId,
                    why.reason());
            blocked.add(chatId);
            enqueue(store.block(chatId, List.of()));
            item.entry.outcome().complete(result);
        } else {
            item.entry.outcome().complete(result);
        }
    }

    private void requeueLow(LowItem item, Instant notBefore, QueuedMessage entry, boolean rateLimited) {
        synchronized (lock) {
            item.entry = entry;
            item.notBefore = notBefore;
            item.rateLimited = rateLimited;
            lowLane.addFirst(item);
        }
    }

    private void answer(String callbackQueryId, String text, boolean alert, int attempt) {
        CallResult result = api.answerCallback(callbackQueryId, text, alert);
        Duration again = null;
        if (result instanceof CallResult.RetryAfter retryAfter) {
            again = retryAfter.delay();
        } else if (result instanceof CallResult.Transient) {
            again = retry.delayAfter(attempt);
        } else if (result instanceof CallResult.Rejected rejected) {
            LOG.debug("answerCallbackQuery refused: {}", rejected.reason());
        }
        if (again != null && attempt < CALLBACK_ATTEMPTS) {
            submit(() -> answer(callbackQueryId, text, alert, attempt + 1), again);
        }
    }

    /** Schedules the chat's next step; a chat with a queue always has exactly one step pending or running. */
    private void schedule(long chatId, Duration delay) {
        submit(() -> {
            try {
                drain(chatId);
            } catch (RuntimeException e) {
                LOG.error("Sending to chat {} failed unexpectedly; trying again in {}", chatId, retry.maxDelay(), e);
                release(chatId);
                schedule(chatId, retry.maxDelay());
            }
        }, delay);
    }

    private void submit(Runnable task, Duration delay) {
        if (closed) {
            return;
        }
        Runnable guarded = () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("Telegram sender task failed", e);
            }
        };
        executor.schedule(guarded, delay);
    }

    /** Sends the head of the chat's queue when the limits allow, then schedules the next step. */
    private void drain(long chatId) {
        if (closed) {
            return;
        }
        QueuedMessage head;
        QueuedMessage stale = null;
        List<QueuedMessage> dropped = List.of();
        synchronized (lock) {
            ChatQueue queue = chatToQueue.get(chatId);
            if (queue == null) {
                return;
            }
            head = queue.items.peekFirst();
            if (head == null) {
                chatToQueue.remove(chatId);
                return;
            }
            if (blocked.contains(chatId)) {
                dropped = new ArrayList<>(queue.items);
                chatToQueue.remove(chatId);
            } else if (isStale(queue, head)) {
                queue.items.removeFirst();
                stale = head;
            } else {
                Instant now = clock.instant();
                Duration wait = queue.notBefore.isAfter(now) ? Duration.between(now, queue.notBefore)
                        : limiter.reserve(chatId);
                if (!wait.isZero()) {
                    schedule(chatId, wait);
                    return;
                }
                queue.sending = head;
            }
        }
        if (stale != null) {
            store.delete(stale.id());
            schedule(chatId, Duration.ZERO);
            return;
        }
        if (!dropped.isEmpty()) {
            List<QueuedMessage> notes = store.dropAndEnqueue(dropped.stream().filter(QueuedMessage::saved)
                    .map(QueuedMessage::id).toList(), fallbacks(dropped));
            dropped.stream().filter(item -> !item.saved()).forEach(item -> item.outcome().complete(
                    new CallResult.Blocked("the bot may not write to chat " + chatId)));
            LOG.info("Dropped {} message(s) for chat {}, which blocked the bot{}", dropped.size(), chatId,
                    notes.isEmpty() ? "" : "; " + notes.size() + " note(s) go to the group instead");
            enqueue(notes);
            return;
        }
        if (head.saved()) {
            try {
                store.setInFlight(head.id(), true);
            } catch (RuntimeException e) {
                LOG.error("Cannot mark outbox row {} in flight; retrying later", head.id(), e);
                release(chatId);
                schedule(chatId, retry.maxDelay());
                return;
            }
        }
        CallResult result = api.deliver(head.message());
        afterDelivery(chatId, head, result);
    }

    /** A saved part of a snapshot reply with a newer snapshot of the same thing queued behind it. */
    private static boolean isStale(ChatQueue queue, QueuedMessage head) {
        SnapshotTag tag = head.message().snapshot();
        return tag != null && head.saved() && queue.items.stream()
                .anyMatch(later -> tag.supersededBy(later.message().snapshot()));
    }

    private void afterDelivery(long chatId, QueuedMessage head, CallResult result) {
        if (result instanceof CallResult.Done) {
            pop(chatId, head);
            finish(head, result);
            schedule(chatId, Duration.ZERO);
        } else if (result instanceof CallResult.RetryAfter retryAfter) {
            LOG.warn("Telegram asked to wait {} s before writing to chat {} again", retryAfter.delay().toSeconds(),
                    chatId);
            Instant until = clock.instant().plus(retryAfter.delay());
            if (head.saved()) {
                store.pause(head.id(), until);
            }
            synchronized (lock) {
                ChatQueue queue = chatToQueue.get(chatId);
                if (queue != null) {
                    queue.notBefore = until;
                    queue.sending = null;
                }
            }
            schedule(chatId, retryAfter.delay());
        } else if (result instanceof CallResult.Transient failure) {
            if (head.saved()) {
                retryLater(chatId, head, failure.reason());
            } else {
                pop(chatId, head);
                finish(head, result);
                schedule(chatId, Duration.ZERO);
            }
        } else if (result instanceof CallResult.Blocked why) {
            LOG.info("Chat {} cannot be written to ({}); not writing to it until it writes again", chatId,
                    why.reason());
            blockAfter(chatId, head, why);
        } else if (result instanceof CallResult.Rejected rejected) {
            OutgoingMessage message = head.message();
            OutgoingMessage instead = message.isEdit() ? message.asNewMessage()
                    : message.html() ? message.asPlainText() : null;
            if (instead == null) {
                LOG.error("Telegram refused a message to chat {} ({} {}); dropping it", chatId,
                        rejected.errorCode(), rejected.reason());
                pop(chatId, head);
                finish(head, result);
            } else {
                LOG.warn("Telegram refused a message to chat {} ({} {}); sending it {}", chatId, rejected.errorCode(),
                        rejected.reason(), message.isEdit() ? "as a new message" : "as plain text");
                if (head.saved()) {
                    store.replace(head.id(), instead);
                }
                replaceHead(chatId, head, head.with(instead));
            }
            schedule(chatId, Duration.ZERO);
        }
    }

    /** The chat refused the head for good: block it, drop its queue, queue the group notes owed instead. */
    private void blockAfter(long chatId, QueuedMessage head, CallResult.Blocked why) {
        blocked.add(chatId);
        List<QueuedMessage> dropped = new ArrayList<>();
        dropped.add(head);
        synchronized (lock) {
            ChatQueue queue = chatToQueue.remove(chatId);
            if (queue != null) {
                queue.items.stream().filter(item -> item.id() != head.id()).forEach(dropped::add);
            }
        }
        List<QueuedMessage> notes = store.block(chatId, fallbacks(dropped));
        finish(head, why);
        dropped.stream().filter(item -> !item.saved() && item != head).forEach(item -> item.outcome()
                .complete(new CallResult.Blocked(why.reason())));
        enqueue(notes);
    }

    /** The notes owed to groups for dropped messages, each once. */
    private static List<OutgoingMessage> fallbacks(List<QueuedMessage> dropped) {
        Set<OutgoingMessage> notes = new LinkedHashSet<>();
        dropped.stream().map(item -> item.message().fallback()).filter(java.util.Objects::nonNull)
                .forEach(notes::add);
        return List.copyOf(notes);
    }

    /** A finished head: its saved row is removed, or its caller learns the outcome. */
    private void finish(QueuedMessage head, CallResult result) {
        if (head.saved()) {
            store.delete(head.id());
        } else {
            head.outcome().complete(result);
        }
    }

    private void retryLater(long chatId, QueuedMessage head, String reason) {
        int failures;
        synchronized (lock) {
            ChatQueue queue = chatToQueue.get(chatId);
            failures = queue == null ? retry.maxAttempts() : ++queue.failures;
        }
        if (failures >= retry.maxAttempts()) {
            LOG.error("Giving up on a message to chat {} after {} failed attempts ({})", chatId, failures, reason);
            pop(chatId, head);
            store.delete(head.id());
            schedule(chatId, Duration.ZERO);
            return;
        }
        Duration delay = retry.delayAfter(failures);
        LOG.warn("Sending to chat {} failed ({}); retry {} in {} ms", chatId, reason, failures, delay.toMillis());
        store.setInFlight(head.id(), false);
        release(chatId);
        schedule(chatId, delay);
    }

    private void release(long chatId) {
        synchronized (lock) {
            ChatQueue queue = chatToQueue.get(chatId);
            if (queue != null) {
                queue.sending = null;
            }
        }
    }

    private void pop(long chatId, QueuedMessage head) {
        synchronized (lock) {
            ChatQueue queue = chatToQueue.get(chatId);
            if (queue != null) {
                queue.sending = null;
                if (!queue.items.isEmpty() && queue.items.peekFirst().id() == head.id()) {
                    queue.items.removeFirst();
                    queue.failures = 0;
                }
            }
        }
    }

    private void replaceHead(long chatId, QueuedMessage head, QueuedMessage replacement) {
        synchronized (lock) {
            ChatQueue queue = chatToQueue.get(chatId);
            if (queue != null) {
                queue.sending = null;
                if (!queue.items.isEmpty() && queue.items.peekFirst().id() == head.id()) {
                    queue.items.removeFirst();
                    queue.items.addFirst(replacement);
                }
            }
        }
    }
}
