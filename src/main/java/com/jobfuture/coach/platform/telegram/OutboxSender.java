package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.platform.common.SnapshotTag;
import com.jobfuture.coach.platform.common.TaskScheduler;
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
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox. Each chat's messages go out in order, one request at a time; chats whose next message may go
 * wait their turn in {@link ReadyChats} (first ready, first served; interactive replies before community posts),
 * and one dispatcher hands them Telegram's overall budget ({@link SendLimiter}) in that order, so nobody overtakes
 * and nobody waits for a limit that does not apply to them (edits count as no new message). A 429 pauses the chat
 * for its {@code retry_after}; 5xx answers and dropped connections are retried with backoff; a 403 (or a chat that
 * is gone) marks the chat blocked and drops its queue, sending the group notes owed for dropped messages instead; a
 * rejected edit is sent as a new message and rejected HTML as plain text.
 *
 * <p>Besides saved messages, a chat's queue may hold messages kept in memory only ({@link #sendInMemory}: the
 * questions of the day, which must never be sent again after a crash). They share the order and the limits, wait
 * out 429s, and report every other outcome to their caller instead of being retried.
 *
 * <p>Sent twice only visibly: a row is marked as possibly out before its request goes (in the commit that queued
 * it, when its chat had nothing waiting, else by a write of its own), and removed after Telegram confirmed it. A
 * new message whose request may have reached Telegram without an answer (a dropped connection or a timeout,
 * while the process lives) is sent again marked {@link OutgoingMessage#SENT_AGAIN}; an edit is simply made again.
 * The bot thus errs towards a visible duplicate rather than a lost reply. After a restart, a new message that was
 * out is replaced by a notice instead (see {@link TelegramOutbox#recover}).
 *
 * <p>Stale snapshots: a saved message that is part of a snapshot reply (an earlier {@code /progress}) is dropped
 * unsent when a newer snapshot of the same thing waits behind it in the chat's queue.
 *
 * <p>Low-priority messages ({@link #sendLow}: reminders) are held in memory and go only while no other message
 * waits anywhere (every other message for their own chat goes first, even one queued later), using at most half
 * of the overall window ({@link SendLimiter#lowWait}), so a burst of them always leaves room for a reply; a chat
 * known blocked answers {@code Blocked} at once; a 429 is waited out once (up to 30 s), then reported.
 * Thread-safe.
 */
final class OutboxSender {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int CALLBACK_ATTEMPTS = 3;
    /** The longest 429 a low-priority message waits out (once) before it is reported as not delivered. */
    private static final Duration LOW_MAX_RETRY_AFTER = Duration.ofSeconds(30);
    /** How soon a low-priority message looks again while other messages wait. */
    private static final Duration LOW_RECHECK = Duration.ofMillis(50);
    private final BotApi api;
    private final TelegramOutbox store;
    private final SendLimiter limiter;
    private final RetryPolicy retry;
    private final Clock clock;
    private final PlatformTime time;
    private final TaskScheduler executor;
    private final Object lock = new Object();
    private final Map<Long, ChatQueue> chatToQueue = new HashMap<>();
    private final ReadyChats ready = new ReadyChats();
    private final Set<Long> blocked = ConcurrentHashMap.newKeySet();
    private final AtomicLong nextMemoryId = new AtomicLong(-1);
    /** Low-priority entries that waited out a 429 already (a second one is reported). */
    private final Set<Long> lowRateLimited = ConcurrentHashMap.newKeySet();
    private boolean dispatching;
    private boolean dispatchAgain;
    private long dispatchTimerDueNanos = Long.MAX_VALUE;
    private long nextTurn = 1;
    /** Heads to mark as possibly out, all in one write; guarded by {@code lock}. */
    private final List<Pending> toMark = new ArrayList<>();

    /** A chat whose head waits to be marked. */
    private record Pending(long chatId, ChatQueue queue, QueuedMessage head) {
    }
    private volatile boolean closed;

    /** One chat's pending messages; guarded by {@code lock}. */
    private static final class ChatQueue {
        private final Deque<QueuedMessage> items = new ArrayDeque<>();
        private Instant notBefore = Instant.MIN;
        private int failures;
        /** The head while a request for it is out (it can no longer be withdrawn). */
        private QueuedMessage sending;
        /** A timer will make the chat ready (a 429 pause, its own limit, a back-off), or its head is being marked. */
        private boolean waiting;
        /** Its place in line once its head is due (0: not handed out yet). */
        private long turn;
    }

    /**
     * {@code time} paces the sends and times the waits (429 pauses, back-off): real time in production (Telegram's
     * limits are in seconds that pass), virtual time in tests; {@code limiter} must read the same time.
     */
    OutboxSender(BotApi api, TelegramOutbox store, SendLimiter limiter, RetryPolicy retry, PlatformTime time,
                 int threads) {
        this.api = api;
        this.store = store;
        this.limiter = limiter;
        this.retry = retry;
        this.time = time;
        this.clock = time.clock();
        this.executor = time.scheduler("telegram-send", threads);
    }

    /** Loads the blocked chats and the outbox left by an earlier run (with any 429 pauses), and delivers it. */
    void start() {
        start(List.of());
    }

    /**
     * The same, also delivering {@code sealed}: confidential messages queued before the start (secrets rendered
     * again after a restart), whose rows hold no content, so they are only here.
     */
    void start(List<QueuedMessage> sealed) {
        blocked.addAll(store.blockedChats());
        Map<Long, Instant> paused = store.pausedChats();
        synchronized (lock) {
            paused.forEach((chatId, until) ->
                    chatToQueue.computeIfAbsent(chatId, id -> new ChatQueue()).notBefore = until);
        }
        enqueue(store.pending());
        enqueue(sealed);
        synchronized (lock) {
            for (long chatId : List.copyOf(chatToQueue.keySet())) {
                settle(chatId);
            }
        }
        dispatchSoon();
    }

    /** True when the chat has nothing queued, so a message queued for it now goes out right away. */
    boolean sendsAtOnce(long chatId) {
        synchronized (lock) {
            return !chatToQueue.containsKey(chatId) && !blocked.contains(chatId);
        }
    }

    /** Adds saved messages (or in-memory entries) to their chats' queues. */
    void enqueue(List<QueuedMessage> messages) {
        add(messages);
        dispatchSoon();
    }

    /**
     * The same, running the dispatcher on the calling thread (unless it runs elsewhere already), so a reply to a chat
     * with nothing waiting goes to a sender thread without a hand-off in between. Call outside any database write:
     * the dispatcher may write (dropping a blocked chat's queue).
     */
    void enqueueAndDispatch(List<QueuedMessage> messages) {
        add(messages);
        synchronized (lock) {
            if (dispatching) {
                dispatchAgain = true;
                return;
            }
            dispatching = true;
        }
        dispatchLoop();
    }

    private void add(List<QueuedMessage> messages) {
        synchronized (lock) {
            for (QueuedMessage message : messages) {
                long chatId = message.message().chatId();
                ChatQueue queue = chatToQueue.computeIfAbsent(chatId, id -> new ChatQueue());
                boolean headBefore = !queue.items.isEmpty();
                QueuedMessage oldHead = queue.items.peekFirst();
                addInOrder(queue, message);
                boolean newHead = queue.items.peekFirst() != oldHead;
                if (newHead && queue.sending == null && !queue.waiting) {
                    if (headBefore) {
                        ready.remove(chatId); // a reply overtook a waiting reminder: the chat's line changes
                    }
                    settle(chatId);
                }
            }
        }
    }

    /**
     * Queues a message that is not saved behind the chat's earlier messages, within the same limits but after the
     * interactive replies. Its outcome completes with Telegram's answer ({@code Done} with the message id,
     * {@code Blocked}, {@code Rejected}, {@code Transient}); a 429 is waited out first. A chat known to be blocked
     * answers {@code Blocked}; a closing sender {@code Transient} (not sent).
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
     * Queues a low-priority message (not saved, a reminder): it goes after every other message for its chat (even
     * ones queued later) and after interactive replies to other chats, within the same limits. Its outcome
     * completes with Telegram's answer ({@code Done}, {@code Blocked} — at once for a chat known blocked —,
     * {@code RetryAfter} after one 429 was waited out, {@code Rejected}, {@code Transient}); a closing sender
     * answers {@code Transient} (not sent).
     */
    QueuedMessage sendLow(OutgoingMessage message) {
        QueuedMessage entry = new QueuedMessage(nextMemoryId.getAndDecrement(), message, new CompletableFuture<>())
                .asLow();
        if (closed) {
            entry.outcome().complete(new CallResult.Transient("the Telegram sender is stopping", false));
        } else if (blocked.contains(message.chatId())) {
            entry.outcome().complete(new CallResult.Blocked("the chat blocked the bot"));
        } else {
            enqueue(List.of(entry));
        }
        return entry;
    }

    /** How many low-priority messages wait for their turn (not yet sent, not in flight). */
    int lowWaiting() {
        synchronized (lock) {
            return (int) chatToQueue.values().stream().flatMap(queue -> queue.items.stream()
                    .filter(item -> item.low() && (queue.sending == null || queue.sending.id() != item.id())))
                    .count();
        }
    }

    /** Adds a message at the back of the queue, but an ordinary one before the low-priority ones not yet out. */
    private static void addInOrder(ChatQueue queue, QueuedMessage message) {
        if (message.low() || queue.items.isEmpty() || !queue.items.peekLast().low()) {
            queue.items.addLast(message);
            return;
        }
        Deque<QueuedMessage> lows = new ArrayDeque<>();
        while (!queue.items.isEmpty() && queue.items.peekLast().low()
                && (queue.sending == null || queue.sending.id() != queue.items.peekLast().id())) {
            lows.addFirst(queue.items.removeLast());
        }
        queue.items.addLast(message);
        queue.items.addAll(lows);
    }

    /**
     * Takes an in-memory entry out of its queue if its request has not gone out; true means it will never be
     * sent (its outcome then says so), false that it was sent or is being sent (wait for its outcome).
     */
    boolean withdraw(QueuedMessage entry) {
        boolean removed;
        synchronized (lock) {
            long chatId = entry.message().chatId();
            ChatQueue queue = chatToQueue.get(chatId);
            if (queue == null || (queue.sending != null && queue.sending.id() == entry.id())) {
                return false;
            }
            removed = queue.items.removeIf(item -> item.id() == entry.id());
            if (removed && queue.sending == null && !queue.waiting) {
                ready.remove(chatId);
                settle(chatId);
            }
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
                if (queue.sending == null && !queue.waiting) {
                    ready.remove(chatId);
                    settle(chatId);
                }
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
        if (!executor.close(wait)) {
            LOG.warn("Telegram requests still running after {}; abandoning them", wait);
        }
        synchronized (lock) {
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

    // ---------------------------------------------------------------- the dispatcher

    /**
     * Puts a chat that is neither sending nor waiting where it belongs: gone if empty, waiting for its 429 pause,
     * or ready. Call with {@code lock} held.
     */
    private void settle(long chatId) {
        ChatQueue queue = chatToQueue.get(chatId);
        if (queue == null || queue.sending != null || queue.waiting) {
            return;
        }
        if (queue.items.isEmpty()) {
            if (!queue.notBefore.isAfter(clock.instant())) {
                chatToQueue.remove(chatId);
            }
            ready.remove(chatId);
            return;
        }
        Instant now = clock.instant();
        QueuedMessage head = queue.items.peekFirst();
        while (isStale(queue, head)) {
            queue.items.removeFirst();
            long staleId = head.id();
            submit(() -> store.deleteSoon(staleId), Duration.ZERO); // not under the lock: it takes the writer's
            head = queue.items.peekFirst();
        }
        if (queue.notBefore.isAfter(now)) {
            waitThenSettle(chatId, queue, Duration.between(now, queue.notBefore));
            return;
        }
        if (queue.turn == 0) {
            queue.turn = nextTurn++;
        }
        if (head.saved() && !head.markedOut()) {
            // marked before it takes its turn, so nothing stands between its reservation and its request
            queue.waiting = true;
            ready.remove(chatId);
            toMark.add(new Pending(chatId, queue, head));
            if (toMark.size() == 1) {
                submit(this::markOut, Duration.ZERO);
            }
        } else {
            ready.add(chatId, head.background(), queue.turn);
        }
    }

    /** True when a message other than a low-priority one waits in some chat's queue (not the one being sent). */
    private boolean interactiveWaiting() {
        for (ChatQueue queue : chatToQueue.values()) {
            for (QueuedMessage item : queue.items) {
                if (!item.low() && (queue.sending == null || queue.sending.id() != item.id())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A saved part of a snapshot reply with a newer snapshot of the same thing queued behind it. */
    private static boolean isStale(ChatQueue queue, QueuedMessage head) {
        SnapshotTag tag = head.message().snapshot();
        return tag != null && head.saved() && queue.items.stream()
                .anyMatch(later -> tag.supersededBy(later.message().snapshot()));
    }

    /** Parks the chat for {@code delay}, then settles it again. Call with {@code lock} held. */
    private void waitThenSettle(long chatId, ChatQueue queue, Duration delay) {
        queue.waiting = true;
        ready.remove(chatId);
        submit(() -> {
            synchronized (lock) {
                ChatQueue current = chatToQueue.get(chatId);
                if (current != queue) {
                    return;
                }
                queue.waiting = false;
                settle(chatId);
            }
            dispatchSoon();
        }, delay);
    }

    /** Runs the dispatcher soon, once (a request while it runs makes it go round again). */
    private void dispatchSoon() {
        synchronized (lock) {
            if (dispatching) {
                dispatchAgain = true;
                return;
            }
            dispatching = true;
        }
        submit(this::dispatchLoop, Duration.ZERO);
    }

    private void dispatchLoop() {
        try {
            while (true) {
                dispatch();
                synchronized (lock) {
                    if (!dispatchAgain || closed) {
                        dispatching = false;
                        return;
                    }
                    dispatchAgain = false;
                }
            }
        } catch (RuntimeException e) {
            synchronized (lock) {
                dispatching = false;
            }
            LOG.error("The Telegram dispatcher failed; trying again in {}", retry.maxDelay(), e);
            dispatchAt(retry.maxDelay());
        }
    }

    /** Hands the overall budget to ready chats in turn until it or the ready chats run out. */
    private void dispatch() {
        while (!closed) {
            long chatId = 0;
            QueuedMessage head = null;
            List<QueuedMessage> dropped = null;
            Duration soonest = null;
            SendLimiter.Permit permit = null;
            Boolean othersWait = null;
            synchronized (lock) {
                for (long candidate : ready.inTurn()) {
                    ChatQueue queue = chatToQueue.get(candidate);
                    if (queue == null || queue.items.isEmpty() || queue.sending != null || queue.waiting) {
                        ready.remove(candidate);
                        if (queue != null) {
                            settle(candidate);
                        }
                        continue;
                    }
                    QueuedMessage first = queue.items.peekFirst();
                    if (isStale(queue, first)) {
                        ready.remove(candidate);
                        settle(candidate); // drops it and every stale snapshot behind it
                        continue;
                    }
                    if (blocked.contains(candidate)) {
                        ready.remove(candidate);
                        dropped = new ArrayList<>(queue.items);
                        chatToQueue.remove(candidate);
                        chatId = candidate;
                        break;
                    }
                    boolean edit = first.message().isEdit();
                    Duration own = limiter.chatWait(candidate, edit);
                    if (!own.isZero()) {
                        waitThenSettle(candidate, queue, own);
                        continue;
                    }
                    Duration overall = limiter.overallWait(edit);
                    if (overall.isZero() && first.low()) {
                        if (othersWait == null) {
                            othersWait = interactiveWaiting();
                        }
                        overall = othersWait ? LOW_RECHECK : limiter.lowWait();
                    }
                    if (!overall.isZero()) {
                        soonest = soonest == null || overall.compareTo(soonest) < 0 ? overall : soonest;
                        continue; // keeps its place; a chat with the other kind of message may go
                    }
                    permit = limiter.tryReserve(candidate, edit);
                    if (permit == null) {
                        throw new IllegalStateException("the limiter refused a send it allowed");
                    }
                    ready.served(candidate);
                    queue.turn = 0; // its next message queues at the back
                    queue.sending = first;
                    chatId = candidate;
                    head = first;
                    break;
                }
            }
            if (dropped != null) {
                dropForBlockedChat(chatId, dropped);
                continue;
            }
            if (head == null) {
                if (soonest != null) {
                    dispatchAt(soonest);
                }
                return;
            }
            long sendTo = chatId;
            QueuedMessage sending = head;
            SendLimiter.Permit granted = permit;
            submit(() -> {
                try {
                    send(sendTo, sending);
                } finally {
                    limiter.done(granted);
                }
            }, Duration.ZERO);
        }
    }

    /** Runs the dispatcher after {@code delay} (unless a run is due sooner anyway). */
    private void dispatchAt(Duration delay) {
        long due = time.nanoTime() + delay.toNanos();
        synchronized (lock) {
            long now = time.nanoTime();
            if (dispatchTimerDueNanos > now && dispatchTimerDueNanos <= due) {
                return;
            }
            dispatchTimerDueNanos = due;
        }
        submit(() -> {
            synchronized (lock) {
                if (dispatchTimerDueNanos == due) {
                    dispatchTimerDueNanos = Long.MAX_VALUE;
                }
            }
            dispatchSoon();
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

    // ---------------------------------------------------------------- one request and what follows it

    private void send(long chatId, QueuedMessage head) {
        CallResult result = api.deliver(head.message());
        try {
            afterDelivery(chatId, head, result);
        } catch (RuntimeException e) {
            LOG.error("Handling Telegram's answer for chat {} failed; trying again in {}", chatId, retry.maxDelay(),
                    e);
            afterwards(chatId, retry.maxDelay());
        }
    }

    /** Marks the heads waiting for it as possibly out (one write for them all), then lets them take their turn. */
    private void markOut() {
        List<Pending> marking;
        synchronized (lock) {
            marking = List.copyOf(toMark);
            toMark.clear();
        }
        boolean marked;
        Set<Long> ours = Set.of();
        try {
            ours = store.setInFlight(marking.stream().map(pending -> pending.head().id()).toList());
            marked = true;
        } catch (RuntimeException e) {
            LOG.error("Cannot mark {} outbox row(s) in flight; retrying in {}", marking.size(), retry.maxDelay(), e);
            marked = false;
        }
        synchronized (lock) {
            for (Pending pending : marking) {
                long chatId = pending.chatId();
                if (chatToQueue.get(chatId) != pending.queue()) {
                    continue;
                }
                pending.queue().waiting = false;
                if (marked && !ours.contains(pending.head().id())) {
                    LOG.warn("Outbox row {} for chat {} is no longer this process's (taken over while it missed its "
                            + "heartbeats, or dropped); not sending it", pending.head().id(), chatId);
                    pending.queue().items.removeIf(item -> item.id() == pending.head().id());
                    settle(chatId);
                } else if (marked) {
                    replaceHead(chatId, pending.head(), pending.head().asMarkedOut());
                    settle(chatId);
                } else {
                    waitThenSettle(chatId, pending.queue(), retry.maxDelay());
                }
            }
        }
        dispatchSoon();
    }

    private void afterDelivery(long chatId, QueuedMessage head, CallResult result) {
        if (result instanceof CallResult.Done) {
            pop(chatId, head);
            finish(head, result);
            afterwards(chatId, Duration.ZERO);
        } else if (result instanceof CallResult.RetryAfter retryAfter && head.low()
                && (retryAfter.delay().compareTo(LOW_MAX_RETRY_AFTER) > 0 || !lowRateLimited.add(head.id()))) {
            LOG.info("Telegram asked to wait {} s before a reminder to chat {}; not waiting again",
                    retryAfter.delay().toSeconds(), chatId);
            pop(chatId, head);
            finish(head, result);
            afterwards(chatId, Duration.ZERO);
        } else if (result instanceof CallResult.RetryAfter retryAfter) {
            LOG.warn("Telegram asked to wait {} s before writing to chat {} again", retryAfter.delay().toSeconds(),
                    chatId);
            Instant until = clock.instant().plus(retryAfter.delay());
            if (head.saved()) {
                store.pause(head.id(), until);
                replaceHead(chatId, head, new QueuedMessage(head.id(), head.message()));
            }
            synchronized (lock) {
                ChatQueue queue = chatToQueue.get(chatId);
                if (queue != null) {
                    queue.notBefore = until;
                }
            }
            afterwards(chatId, Duration.ZERO);
        } else if (result instanceof CallResult.Transient failure) {
            if (head.saved()) {
                retryLater(chatId, head, failure);
            } else {
                pop(chatId, head);
                finish(head, result);
                afterwards(chatId, Duration.ZERO);
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
                    store.replace(head.id(), instead); // refused, so not delivered: no longer marked out
                    replaceHead(chatId, head, new QueuedMessage(head.id(), instead));
                } else {
                    replaceHead(chatId, head, head.with(instead));
                }
            }
            afterwards(chatId, Duration.ZERO);
        }
    }

    /** The request for the head is over: after {@code delay} the chat takes its turn again (if it has messages). */
    private void afterwards(long chatId, Duration delay) {
        synchronized (lock) {
            ChatQueue queue = chatToQueue.get(chatId);
            if (queue != null) {
                queue.sending = null;
                if (delay.isZero()) {
                    settle(chatId);
                } else {
                    waitThenSettle(chatId, queue, delay);
                }
            }
        }
        dispatchSoon();
    }

    /** The chat refused the head for good: block it, drop its queue, queue the group notes owed instead. */
    private void blockAfter(long chatId, QueuedMessage head, CallResult.Blocked why) {
        blocked.add(chatId);
        List<QueuedMessage> dropped = new ArrayList<>();
        dropped.add(head);
        synchronized (lock) {
            ChatQueue queue = chatToQueue.remove(chatId);
            ready.remove(chatId);
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

    /** A chat found blocked at its turn: drop what waits for it, queue the group notes owed instead. */
    private void dropForBlockedChat(long chatId, List<QueuedMessage> dropped) {
        List<QueuedMessage> notes = store.dropAndEnqueue(dropped.stream().filter(QueuedMessage::saved)
                .map(QueuedMessage::id).toList(), fallbacks(dropped));
        dropped.stream().filter(item -> !item.saved()).forEach(item -> item.outcome().complete(
                new CallResult.Blocked("the bot may not write to chat " + chatId)));
        LOG.info("Dropped {} message(s) for chat {}, which blocked the bot{}", dropped.size(), chatId,
                notes.isEmpty() ? "" : "; " + notes.size() + " note(s) go to the group instead");
        enqueue(notes);
    }

    /** The notes owed to groups for dropped messages, each once. */
    private static List<OutgoingMessage> fallbacks(List<QueuedMessage> dropped) {
        Set<OutgoingMessage> notes = new LinkedHashSet<>();
        dropped.stream().map(item -> item.message().fallback()).filter(Objects::nonNull).forEach(notes::add);
        return List.copyOf(notes);
    }

    /**
     * A finished head: its saved row is removed (soon: see {@link TelegramOutbox#deleteSoon}), or its caller learns
     * the outcome.
     */
    private void finish(QueuedMessage head, CallResult result) {
        if (head.saved()) {
            store.deleteSoon(head.id()).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    LOG.warn("Could not remove delivered outbox row {}; after a restart its user gets a notice",
                            head.id(), failure);
                }
            });
        } else {
            lowRateLimited.remove(head.id());
            head.outcome().complete(result);
        }
    }

    /**
     * A saved message failed without an answer that says it was not delivered (or with a 5xx): try again after a
     * back-off, as a message marked {@link OutgoingMessage#SENT_AGAIN} if the request may have reached Telegram.
     */
    private void retryLater(long chatId, QueuedMessage head, CallResult.Transient failure) {
        int failures;
        synchronized (lock) {
            ChatQueue queue = chatToQueue.get(chatId);
            failures = queue == null ? retry.maxAttempts() : ++queue.failures;
        }
        if (failures >= retry.maxAttempts()) {
            LOG.error("Giving up on a message to chat {} after {} failed attempts ({})", chatId, failures,
                    failure.reason());
            pop(chatId, head);
            store.delete(head.id());
            afterwards(chatId, Duration.ZERO);
            return;
        }
        Duration delay = retry.delayAfter(failures);
        OutgoingMessage next = failure.maybeDelivered() ? head.message().sentAgain() : head.message();
        LOG.warn("Sending to chat {} failed ({}); retry {} in {} ms{}", chatId, failure.reason(), failures,
                delay.toMillis(), next != head.message() ? ", marked as sent again" : "");
        store.replace(head.id(), next); // not marked out any more: the next attempt marks it again
        replaceHead(chatId, head, new QueuedMessage(head.id(), next));
        afterwards(chatId, delay);
    }

    private void pop(long chatId, QueuedMessage head) {
        synchronized (lock) {
            ChatQueue queue = chatToQueue.get(chatId);
            if (queue != null && !queue.items.isEmpty() && queue.items.peekFirst().id() == head.id()) {
                queue.items.removeFirst();
                queue.failures = 0;
            }
        }
    }

    private void replaceHead(long chatId, QueuedMessage head, QueuedMessage replacement) {
        synchronized (lock) {
            ChatQueue queue = chatToQueue.get(chatId);
            if (queue != null && !queue.items.isEmpty() && queue.items.peekFirst().id() == head.id()) {
                queue.items.removeFirst();
                queue.items.addFirst(replacement);
                if (queue.sending != null && queue.sending.id() == head.id()) {
                    queue.sending = replacement;
                }
            }
        }
    }
}
