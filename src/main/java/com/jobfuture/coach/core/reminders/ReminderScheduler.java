package com.jobfuture.coach.core.reminders;

import com.jobfuture.coach.core.common.Ticker;
import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.notify.DeliveryResult;
import com.jobfuture.coach.core.notify.PrivateMessage;
import com.jobfuture.coach.core.notify.PrivateMessenger;
import com.jobfuture.coach.core.notify.PrivateMessengers;
import com.jobfuture.coach.core.notify.Priority;
import com.jobfuture.coach.core.settings.LocalTimes;
import com.jobfuture.coach.core.settings.ReminderSettings;
import com.jobfuture.coach.core.settings.SettingsService;
import com.jobfuture.coach.core.settings.UserSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends users' daily reminders when due by the injected clock; a runner calls {@link #tick()} every few seconds
 * (tests call it directly). Each tick handles at most {@code batchSize} users, earliest due first, claiming them one
 * after another and handing each to the platform's {@link PrivateMessenger} at {@link Priority#LOW}, with up to
 * {@code maxInFlight} waiting at the platforms at once.
 *
 * <p>At most one reminder per user and local day, across restarts and crashes: for each user one transaction reads
 * the settings and reviews, moves the user's next reminder to the next local day and inserts the (user, local date)
 * row in state {@code SENDING} (a unique key); only after that commit is the messenger called. A crash before the
 * commit sends nothing (the reminder is still due at the next start, within the grace window); a crash after it
 * loses at most the reminders claimed and not yet answered — each user at most that day's one — which are never
 * sent again (see {@link ReminderState}). Several processes may share the database: the move of the next reminder is
 * a conditional update, so exactly one of them claims each reminder, and a process that stopped leaves its SENDING
 * rows to be resolved by the others after {@link #CLAIM_LEASE}. Outcomes are recorded in
 * one transaction per tick (a crash before that leaves them {@code SENDING}, which also means "never resend").
 * Not sent inside quiet hours, after the user turned reminders off, or later than the grace window. See
 * docs/reminders.md.
 */
public final class ReminderScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration MAX_RETRY = Duration.ofMinutes(15);
    /** How long a messenger may leave a reminder unanswered before it counts as {@code Unknown}. */
    static final Duration SEND_TIMEOUT = Duration.ofMinutes(5);
    /**
     * How long a SENDING reminder belongs to the process that claimed it: past its send timeout, so a row this old
     * was left by a process that stopped (a crash, kill -9), and any process resolves it.
     */
    static final Duration CLAIM_LEASE = SEND_TIMEOUT.plusMinutes(1);
    private final ReminderRepository repository;
    private final SettingsService settings;
    private final PrivateMessengers messengers;
    private final ReminderComposer composer;
    private final Transactions transactions;
    private final ReminderOptions options;
    private final Clock clock;
    private final ReentrantLock sending = new ReentrantLock();
    private volatile boolean stopped;

    /** What one tick did, for logs and tests. */
    public record TickReport(int sent, int skipped, int failed, int unreachable) {
        /** How many users the tick handled. */
        public int handled() {
            return sent + skipped + failed + unreachable;
        }
    }

    /** A claimed reminder and what it says. */
    private record Claim(ReminderRecord record, ReminderComposer.Composed content) {
    }

    public ReminderScheduler(ReminderRepository repository, SettingsService settings, PrivateMessengers messengers,
                             ReminderComposer composer, Transactions transactions, ReminderOptions options,
                             Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.messengers = messengers;
        this.composer = composer;
        this.transactions = transactions;
        this.options = options;
        this.clock = clock;
    }

    /**
     * Sends due retries, then due reminders, at most one batch in all, with up to {@code maxInFlight} of them
     * waiting at the platforms at once; returns when every one was answered. Each tick first resolves what a
     * stopped process left SENDING.
     */
    /**
     * What runs {@link #tick} at start, then {@code every} after a check that found less than a full batch and at
     * once after a full one (a fan-out runs batch after batch at the platforms' pace); closing it stops claiming.
     */
    public Ticker ticker(Duration every, int batchSize) {
        return new Ticker("reminders", every, () -> tick().handled() >= batchSize, this::stop);
    }

    public TickReport tick() {
        sending.lock();
        List<Runnable> outcomes = new ArrayList<>();
        try {
            recover(clock.instant());
            Set<String> platforms = messengers.platforms();
            Counts counts = new Counts();
            if (platforms.isEmpty() || stopped) {
                return counts.report();
            }
            InFlight inFlight = new InFlight(counts, outcomes);
            int budget = options.batchSize();
            for (ReminderRecord retry : repository.retriesDue(clock.instant(), budget)) {
                if (stopped) {
                    break;
                }
                budget--;
                Instant now = clock.instant();
                inFlight.send(transactions.inTransaction(() -> claimRetry(retry, now)), now);
            }
            for (ReminderRepository.Due due : repository.due(clock.instant(), platforms, budget)) {
                if (stopped) {
                    break;
                }
                Instant now = clock.instant();
                inFlight.send(transactions.inTransaction(() -> claim(due, now)), now);
            }
            inFlight.awaitAll();
            TickReport report = counts.report();
            if (report.handled() > 0) {
                LOG.info("Reminders: {} sent, {} skipped, {} not delivered, {} unreachable", report.sent(),
                        report.skipped(), report.failed(), report.unreachable());
            }
            return report;
        } finally {
            try {
                record(outcomes);
            } finally {
                sending.unlock();
            }
        }
    }

    /** Makes a running tick claim no more reminders, and later ticks do nothing (on shutdown). */
    public void stop() {
        stopped = true;
    }

    /**
     * Reminders left SENDING by a process that stopped (their claim is older than {@link #CLAIM_LEASE}; another
     * process may be sending younger ones right now) are never resent.
     */
    private void recover(Instant now) {
        for (ReminderRecord record : repository.inState(ReminderState.SENDING)) {
            if (record.claimedAt().plus(CLAIM_LEASE).isAfter(now)) {
                continue;
            }
            repository.update(record.with(ReminderState.UNCONFIRMED, Optional.empty()), ReminderState.SENDING);
            LOG.warn("The reminder of user {} for {} was being sent when the bot stopped; not sending it again",
                    record.userId(), record.localDate());
        }
    }

    /**
     * In the caller's transaction: moves the user's next reminder on and, when there is something to send, claims
     * it. Empty when nothing is to be sent: reminders turned off or moved meanwhile (the stored instant is no longer
     * the one read), missed beyond the grace window, quiet hours, nothing to say, or already reminded that day.
     */
    private Optional<Claim> claim(ReminderRepository.Due due, Instant now) {
        UserSettings user = settings.of(due.userId());
        ReminderSettings reminders = user.reminders();
        if (!reminders.on()) {
            return Optional.empty();
        }
        ZoneId zone = settings.zoneIn(user);
        LocalDate date = LocalTimes.dateOf(due.nextAt(), zone);
        if (!repository.advance(due.userId(), due.nextAt(),
                LocalTimes.next(reminders.time().orElseThrow(), zone, now, date))) {
            return Optional.empty();
        }
        if (now.isAfter(due.nextAt().plus(options.grace()))) {
            LOG.debug("Skipping the reminder of user {} for {}: later than the grace window", due.userId(), date);
            return Optional.empty();
        }
        if (quiet(user, zone, now)) {
            return Optional.empty();
        }
        Optional<ReminderComposer.Composed> content = composer.compose(due.userId(), zone, now,
                reminders.time().orElseThrow());
        if (content.isEmpty()) {
            return Optional.empty();
        }
        ReminderRecord record = new ReminderRecord(due.userId(), date, content.get().kind(), ReminderState.SENDING,
                reminders.address().orElseThrow(), due.nextAt(), now, 1, Optional.empty());
        return repository.claim(record) ? Optional.of(new Claim(record, content.get())) : Optional.empty();
    }

    /**
     * In the caller's transaction: claims a retry again (re-checking the settings, quiet hours and what is due),
     * or drops it when there is nothing to send any more.
     */
    private Optional<Claim> claimRetry(ReminderRecord record, Instant now) {
        UserSettings user = settings.of(record.userId());
        ZoneId zone = settings.zoneIn(user);
        Optional<ReminderComposer.Composed> content = Optional.empty();
        if (user.reminders().on() && !now.isAfter(record.slotAt().plus(options.grace())) && !quiet(user, zone, now)) {
            content = composer.compose(record.userId(), zone, now, user.reminders().time().orElseThrow());
        }
        if (content.isEmpty()) {
            repository.update(record.with(ReminderState.DROPPED, Optional.empty()), ReminderState.RETRY);
            return Optional.empty();
        }
        ReminderRecord again = record.resending(content.get().kind(), user.reminders().address().orElseThrow());
        return repository.update(again, ReminderState.RETRY) ? Optional.of(new Claim(again, content.get()))
                : Optional.empty();
    }

    /** Queues the write of a delivery's outcome for the end of the tick and says how it counts. */
    private ReminderState outcome(ReminderRecord record, DeliveryResult result, Instant now, List<Runnable> outcomes) {
        if (result instanceof DeliveryResult.Delivered) {
            outcomes.add(() -> finish(record, ReminderState.SENT, Optional.empty()));
            return ReminderState.SENT;
        }
        if (result instanceof DeliveryResult.Unreachable unreachable) {
            LOG.info("Reminders of user {} switched off: {} is unreachable ({})", record.userId(), record.to(),
                    unreachable.reason());
            outcomes.add(() -> {
                finish(record, ReminderState.UNREACHABLE, Optional.empty());
                settings.remindersUnreachable(record.userId());
            });
            return ReminderState.UNREACHABLE;
        }
        if (result instanceof DeliveryResult.NotDelivered notDelivered) {
            Instant retryAt = now.plus(backoff(record.attempts()));
            boolean inGrace = !retryAt.isAfter(record.slotAt().plus(options.grace()));
            LOG.info("The reminder of user {} was not delivered ({}); {}", record.userId(), notDelivered.reason(),
                    inGrace ? "retrying at " + retryAt : "giving up (grace window over)");
            outcomes.add(() -> finish(record, inGrace ? ReminderState.RETRY : ReminderState.FAILED,
                    inGrace ? Optional.of(retryAt) : Optional.empty()));
            return ReminderState.FAILED;
        }
        LOG.warn("The reminder of user {} may or may not have been delivered ({}); not sending it again",
                record.userId(), ((DeliveryResult.Unknown) result).reason());
        outcomes.add(() -> finish(record, ReminderState.UNCONFIRMED, Optional.empty()));
        return ReminderState.UNCONFIRMED;
    }

    /**
     * Hands the message to its platform's messenger (the claim is committed). A messenger that throws a runtime
     * exception, fails its stage or stays silent for {@link #SEND_TIMEOUT} counts as {@code Unknown}.
     */
    private CompletableFuture<DeliveryResult> deliver(PrivateMessage message) {
        Optional<PrivateMessenger> messenger = messengers.forPlatform(message.to().platform());
        if (messenger.isEmpty()) {
            return CompletableFuture.completedFuture(new DeliveryResult.NotDelivered("no messenger for "
                    + message.to().platform() + " right now"));
        }
        CompletionStage<DeliveryResult> stage;
        try {
            stage = messenger.get().send(message);
        } catch (RuntimeException e) {
            LOG.warn("Sending a reminder to {} failed", message.to(), e);
            return CompletableFuture.completedFuture(new DeliveryResult.Unknown(e.toString()));
        }
        if (stage == null) {
            return CompletableFuture.completedFuture(new DeliveryResult.Unknown("messenger returned nothing"));
        }
        return stage.toCompletableFuture().copy()
                .completeOnTimeout(new DeliveryResult.Unknown("no answer within " + SEND_TIMEOUT.toMinutes()
                        + " minutes"), SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .handle((result, failure) -> {
                    if (failure != null) {
                        LOG.warn("Sending a reminder to {} failed", message.to(), failure);
                        return new DeliveryResult.Unknown(failure.toString());
                    }
                    return result == null ? new DeliveryResult.Unknown("messenger answered nothing") : result;
                });
    }

    /** Writes the tick's outcomes in one transaction. */
    private void record(List<Runnable> outcomes) {
        if (!outcomes.isEmpty()) {
            transactions.inTransaction(() -> {
                outcomes.forEach(Runnable::run);
                return null;
            });
        }
    }

    private void finish(ReminderRecord record, ReminderState state, Optional<Instant> retryAt) {
        repository.update(record.with(state, retryAt), ReminderState.SENDING);
    }

    private static boolean quiet(UserSettings user, ZoneId zone, Instant now) {
        return user.quietHours().filter(q -> q.contains(now.atZone(zone).toLocalTime())).isPresent();
    }

    private static Duration backoff(int attempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
    }

    /**
     * The reminders of one tick handed to messengers and not yet counted: at most {@code maxInFlight} at once;
     * answers are counted and their writes queued as they come in.
     */
    private final class InFlight {
        private final Counts counts;
        private final List<Runnable> outcomes;
        private final List<Sending> sending = new ArrayList<>();

        private record Sending(Claim claim, Instant at, CompletableFuture<DeliveryResult> result) {
        }

        InFlight(Counts counts, List<Runnable> outcomes) {
            this.counts = counts;
            this.outcomes = outcomes;
        }

        /** Sends a claimed reminder (counting a claim that came to nothing as dropped). */
        void send(Optional<Claim> claim, Instant now) {
            if (claim.isEmpty()) {
                counts.add(ReminderState.DROPPED);
                return;
            }
            while (sending.size() >= options.maxInFlight()) {
                if (!waitFor(CompletableFuture.anyOf(sending.stream().map(Sending::result)
                        .toArray(CompletableFuture[]::new)))) {
                    return; // interrupted (closing): this claim stays SENDING, never resent
                }
                collect();
            }
            ReminderRecord record = claim.get().record();
            sending.add(new Sending(claim.get(), now, deliver(new PrivateMessage(record.to(),
                    claim.get().content().reply(), record.key(), Priority.LOW))));
            collect();
        }

        /** Waits for every answer (answers still missing when the thread is interrupted stay SENDING). */
        void awaitAll() {
            waitFor(CompletableFuture.allOf(sending.stream().map(Sending::result).toArray(CompletableFuture[]::new)));
            collect();
        }

        /** False when the thread was interrupted while waiting (the runner is closing). */
        private boolean waitFor(CompletableFuture<?> answers) {
            try {
                answers.get();
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
                return false;
            } catch (ExecutionException e) {
                return true; // each answer is mapped to a result already; none fails
            }
        }

        /** Counts the answers that came in, in the order the reminders were sent. */
        private void collect() {
            sending.removeIf(s -> {
                if (!s.result().isDone()) {
                    return false;
                }
                counts.add(outcome(s.claim().record(), s.result().join(), s.at(), outcomes));
                return true;
            });
        }
    }

    /** Tallies a tick's outcomes. */
    private static final class Counts {
        private int sent;
        private int skipped;
        private int failed;
        private int unreachable;

        void add(ReminderState state) {
            switch (state) {
                case SENT -> sent++;
                case UNREACHABLE -> unreachable++;
                case FAILED, UNCONFIRMED, RETRY -> failed++;
                default -> skipped++;
            }
        }

        TickReport report() {
            return new TickReport(sent, skipped, failed, unreachable);
        }
    }
}
