package com.jobfuture.coach.core.reminders;

import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.notify.DeliveryResult;
import com.jobfuture.coach.core.notify.PrivateAddress;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends users' daily reminders when due by the injected clock; a runner calls {@link #tick()} every few seconds
 * (tests call it directly). Each tick handles at most {@code batchSize} users, earliest due first, one message at a
 * time through the platform's {@link PrivateMessenger} at {@link Priority#LOW}.
 *
 * <p>At most one reminder per user and local day, across restarts and crashes: for each user, one transaction
 * moves the user's next reminder to the next local day and inserts the (user, local date) row in state
 * {@code SENDING} (a unique key), and only after that commit is the messenger called. A crash before the commit
 * sends nothing (the reminder is still due at the next start, within the grace window); a crash after it loses at
 * most that one reminder, which is never sent again (see {@link ReminderState}). Not sent inside quiet hours, not
 * after the user turned reminders off, not later than the grace window. See docs/reminders.md.
 */
public final class ReminderScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration MAX_RETRY = Duration.ofMinutes(15);
    private final ReminderRepository repository;
    private final SettingsService settings;
    private final PrivateMessengers messengers;
    private final ReminderComposer composer;
    private final Transactions transactions;
    private final ReminderOptions options;
    private final Clock clock;
    private final ReentrantLock sending = new ReentrantLock();
    private boolean recovered;
    private volatile boolean stopped;

    /** What one tick did, for logs and tests. */
    public record TickReport(int sent, int skipped, int failed, int unreachable) {
        /** How many users the tick handled. */
        public int handled() {
            return sent + skipped + failed + unreachable;
        }
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

    /** Sends due retries, then due reminders, at most one batch in all. The first tick recovers from a crash. */
    public TickReport tick() {
        sending.lock();
        try {
            if (!recovered) {
                recover();
                recovered = true;
            }
            Set<String> platforms = messengers.platforms();
            Counts counts = new Counts();
            if (platforms.isEmpty() || stopped) {
                return counts.report();
            }
            Instant now = clock.instant();
            int budget = options.batchSize();
            for (ReminderRecord retry : repository.retriesDue(now, budget)) {
                if (stopped) {
                    break;
                }
                budget--;
                counts.add(retry(retry, now));
            }
            for (ReminderRepository.Due due : repository.due(now, platforms, budget)) {
                if (stopped) {
                    break;
                }
                counts.add(remind(due, clock.instant()));
            }
            TickReport report = counts.report();
            if (report.handled() > 0) {
                LOG.info("Reminders: {} sent, {} skipped, {} not delivered, {} unreachable", report.sent(),
                        report.skipped(), report.failed(), report.unreachable());
            }
            return report;
        } finally {
            sending.unlock();
        }
    }

    /** Makes a running tick stop after its current message, and later ticks do nothing (on shutdown). */
    public void stop() {
        stopped = true;
    }

    /** After a restart: reminders left SENDING by a crash are never resent. */
    private void recover() {
        for (ReminderRecord record : repository.inState(ReminderState.SENDING)) {
            repository.update(record.with(ReminderState.UNCONFIRMED, Optional.empty()), ReminderState.SENDING);
            LOG.warn("The reminder of user {} for {} was being sent when the bot stopped; not sending it again",
                    record.userId(), record.localDate());
        }
    }

    private ReminderState remind(ReminderRepository.Due due, Instant now) {
        UserSettings user = settings.of(due.userId());
        ReminderSettings reminders = user.reminders();
        if (!reminders.on()) {
            return ReminderState.DROPPED; // turned off after the list was read: its next instant is gone already
        }
        ZoneId zone = settings.zoneIn(user);
        LocalDate date = LocalTimes.dateOf(due.nextAt(), zone);
        Instant next = LocalTimes.next(reminders.time().orElseThrow(), zone, now, date);
        Optional<ReminderComposer.Composed> content = Optional.empty();
        if (now.isAfter(due.nextAt().plus(options.grace()))) {
            LOG.debug("Skipping the reminder of user {} for {}: missed by more than the grace window", due.userId(),
                    date);
        } else if (!quiet(user, zone, now)) {
            content = composer.compose(due.userId(), zone, now, reminders.time().orElseThrow());
        }
        PrivateAddress to = reminders.address().orElseThrow();
        Optional<ReminderRecord> claimed = claim(due, next, content.map(c -> new ReminderRecord(due.userId(), date,
                c.kind(), ReminderState.SENDING, to, due.nextAt(), now, 1, Optional.empty())));
        if (claimed.isEmpty()) {
            return ReminderState.DROPPED;
        }
        return send(claimed.get(), content.orElseThrow(), now);
    }

    /**
     * Moves the user's next reminder on and, when there is something to send, claims it, in one transaction.
     * Empty when nothing is to be sent: nothing due, the settings changed meanwhile, or already reminded that day.
     */
    private Optional<ReminderRecord> claim(ReminderRepository.Due due, Instant next, Optional<ReminderRecord> record) {
        return transactions.inTransaction(() -> {
            if (!repository.advance(due.userId(), due.nextAt(), next)) {
                return Optional.empty();
            }
            return record.filter(repository::claim);
        });
    }

    private ReminderState retry(ReminderRecord record, Instant now) {
        UserSettings user = settings.of(record.userId());
        ZoneId zone = settings.zoneIn(user);
        Optional<ReminderComposer.Composed> content = Optional.empty();
        if (user.reminders().on() && !now.isAfter(record.slotAt().plus(options.grace())) && !quiet(user, zone, now)
                && messengers.forPlatform(user.reminders().address().orElseThrow().platform()).isPresent()) {
            content = composer.compose(record.userId(), zone, now, user.reminders().time().orElseThrow());
        }
        if (content.isEmpty()) {
            repository.update(record.with(ReminderState.DROPPED, Optional.empty()), ReminderState.RETRY);
            return ReminderState.DROPPED;
        }
        ReminderRecord sending = record.resending(content.get().kind(), user.reminders().address().orElseThrow());
        if (!repository.update(sending, ReminderState.RETRY)) {
            return ReminderState.DROPPED;
        }
        return send(sending, content.get(), now);
    }

    private ReminderState send(ReminderRecord record, ReminderComposer.Composed content, Instant now) {
        DeliveryResult result = deliver(new PrivateMessage(record.to(), content.reply(), record.key(), Priority.LOW));
        if (result instanceof DeliveryResult.Delivered) {
            return finish(record, ReminderState.SENT);
        }
        if (result instanceof DeliveryResult.Unreachable unreachable) {
            LOG.info("Reminders of user {} switched off: {} is unreachable ({})", record.userId(), record.to(),
                    unreachable.reason());
            transactions.inTransaction(() -> {
                finish(record, ReminderState.UNREACHABLE);
                settings.remindersUnreachable(record.userId());
                return null;
            });
            return ReminderState.UNREACHABLE;
        }
        if (result instanceof DeliveryResult.NotDelivered notDelivered) {
            Instant retryAt = now.plus(backoff(record.attempts()));
            boolean inGrace = !retryAt.isAfter(record.slotAt().plus(options.grace()));
            LOG.info("The reminder of user {} was not delivered ({}); {}", record.userId(), notDelivered.reason(),
                    inGrace ? "retrying at " + retryAt : "giving up (grace window over)");
            repository.update(inGrace ? record.with(ReminderState.RETRY, Optional.of(retryAt))
                    : record.with(ReminderState.FAILED, Optional.empty()), ReminderState.SENDING);
            return ReminderState.FAILED;
        }
        LOG.warn("The reminder of user {} may or may not have been delivered ({}); not sending it again",
                record.userId(), ((DeliveryResult.Unknown) result).reason());
        return finish(record, ReminderState.UNCONFIRMED);
    }

    private DeliveryResult deliver(PrivateMessage message) {
        Optional<PrivateMessenger> messenger = messengers.forPlatform(message.to().platform());
        if (messenger.isEmpty()) {
            return new DeliveryResult.NotDelivered("no messenger for " + message.to().platform() + " right now");
        }
        try {
            DeliveryResult result = messenger.get().send(message);
            return result == null ? new DeliveryResult.Unknown("messenger returned nothing") : result;
        } catch (RuntimeException e) {
            LOG.warn("Sending a reminder to {} failed", message.to(), e);
            return new DeliveryResult.Unknown(e.toString());
        }
    }

    private ReminderState finish(ReminderRecord record, ReminderState state) {
        repository.update(record.with(state, Optional.empty()), ReminderState.SENDING);
        return state;
    }

    private static boolean quiet(UserSettings user, ZoneId zone, Instant now) {
        return user.quietHours().filter(q -> q.contains(now.atZone(zone).toLocalTime())).isPresent();
    }

    private static Duration backoff(int attempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
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
