package com.jobfuture.coach.core.jobs.alerts;

import com.jobfuture.coach.core.common.Ticker;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.jobs.CandidateProfile;
import com.jobfuture.coach.core.jobs.CandidateQuery;
import com.jobfuture.coach.core.jobs.JobAlertCommands;
import com.jobfuture.coach.core.jobs.JobBoard;
import com.jobfuture.coach.core.jobs.JobQuery;
import com.jobfuture.coach.core.jobs.JobsRenderer;
import com.jobfuture.coach.core.notify.DeliveryResult;
import com.jobfuture.coach.core.notify.PrivateAddress;
import com.jobfuture.coach.core.notify.PrivateMessage;
import com.jobfuture.coach.core.notify.PrivateMessenger;
import com.jobfuture.coach.core.notify.PrivateMessengers;
import com.jobfuture.coach.core.notify.Priority;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends job alerts when due by the injected clock; a runner calls {@link #tick()} (tests call it directly). A user's
 * alert is due once a day at their reminder time in their zone ({@link AlertTimes}), until {@code grace} later, and
 * not inside their quiet hours. It carries up to {@value #MOST} roles that match the user's alert filters (at their
 * level, as /jobs in the private chat), were posted in the last {@code FRESH_DAYS} days (or carry no date), and that
 * they have not seen under any of their keys ({@link JobBoard#keys}); with none, nothing is sent that day. Nothing is
 * decided before every source was read once since the start ({@link JobBoard#loaded()}), so a restart never takes
 * "no roles yet" for "nothing new".
 *
 * <p>At most one alert per user and local day, as the reminders: the day's row ({@code SENDING}) and the roles as
 * seen are committed in one transaction before the platform's {@link PrivateMessenger} is asked, at
 * {@link Priority#LOW}. A crash after that commit never resends (the row becomes {@code UNCONFIRMED} at the next
 * start). Certainly not delivered: the roles count as unseen again (tomorrow's alert may bring them); unreachable:
 * the alert is turned off. Alerts only ever go to the private chat where the user turned them on.
 */
public final class JobAlertScheduler {
    /** The most roles one alert lists. */
    public static final int MOST = 5;
    /** How recently a dated role must have been posted to be in an alert. */
    public static final int FRESH_DAYS = 14;
    private static final Logger LOG = LoggerFactory.getLogger(JobAlertScheduler.class);
    private static final Duration SEND_TIMEOUT = Duration.ofMinutes(5);
    private final JobAlertRepository repository;
    private final JobBoard board;
    private final CandidateProfile profile;
    private final AlertTimes times;
    private final PrivateMessengers messengers;
    private final Transactions transactions;
    private final Duration grace;
    private final Clock clock;
    private final ReentrantLock ticking = new ReentrantLock();
    private boolean recovered;
    private volatile boolean stopped;

    /** What one tick did. */
    public record TickReport(int sent, int nothingNew, int failed) {
    }

    public JobAlertScheduler(JobAlertRepository repository, JobBoard board, CandidateProfile profile,
                             AlertTimes times, PrivateMessengers messengers, Transactions transactions, Duration grace,
                             Clock clock) {
        this.repository = repository;
        this.board = board;
        this.profile = profile;
        this.times = times;
        this.messengers = messengers;
        this.transactions = transactions;
        this.grace = grace;
        this.clock = clock;
    }

    /**
     * Sends the alerts that are due now, one after the other; does nothing while a source has not been read once
     * since the start, or after {@link #stop()}.
     */
    /** What runs {@link #tick} at start and then every {@code every}; closing it {@link #stop}s claiming first. */
    public Ticker ticker(Duration every) {
        return new Ticker("job-alerts", every, () -> {
            tick();
            return false;
        }, this::stop);
    }

    public TickReport tick() {
        ticking.lock();
        try {
            if (!recovered) {
                recover();
                recovered = true;
            }
            if (!board.loaded()) {
                LOG.debug("Job alerts wait for every job source to be read once");
                return new TickReport(0, 0, 0);
            }
            Set<String> platforms = messengers.platforms();
            int sent = 0;
            int nothingNew = 0;
            int failed = 0;
            List<JobBoard.Listed> roles = null;
            for (JobAlert alert : repository.active()) {
                if (stopped) {
                    break;
                }
                if (!platforms.contains(alert.platform())) {
                    continue;
                }
                Instant now = clock.instant();
                AlertTimes.AlertTime at = times.of(alert.userId());
                LocalDate today = LocalDate.ofInstant(now, at.zone());
                Instant slot = ZonedDateTime.of(today, at.time(), at.zone()).toInstant();
                if (now.isBefore(slot) || now.isAfter(slot.plus(grace)) || alert.since().isAfter(slot)
                        || at.quietAt(now) || repository.claimed(alert.userId(), today)) {
                    continue;
                }
                if (roles == null) {
                    roles = board.roles();
                }
                Outcome outcome = send(alert, today, roles, now);
                switch (outcome) {
                    case SENT -> sent++;
                    case NOTHING_NEW -> nothingNew++;
                    case FAILED -> failed++;
                    case SKIPPED -> { }
                }
            }
            if (sent + failed > 0) {
                LOG.info("Job alerts: {} sent, {} with nothing new, {} not delivered", sent, nothingNew, failed);
            }
            return new TickReport(sent, nothingNew, failed);
        } finally {
            ticking.unlock();
        }
    }

    /** Makes a running tick claim no more alerts, and later ticks send nothing (on shutdown). */
    public void stop() {
        stopped = true;
    }

    private enum Outcome { SENT, NOTHING_NEW, FAILED, SKIPPED }

    private Outcome send(JobAlert alert, LocalDate today, List<JobBoard.Listed> roles, Instant now) {
        long userId = alert.userId();
        JobQuery query = CandidateQuery.of(JobQuery.parse(alert.filters()), profile.about(userId)).query();
        Set<String> seen = repository.seen(userId);
        LocalDate postedFrom = today.minusDays(FRESH_DAYS);
        List<JobBoard.Listed> fresh = board.search(roles, query, 0, Integer.MAX_VALUE).shown().stream()
                .filter(listed -> listed.job().postedOn().map(day -> !day.isBefore(postedFrom)).orElse(true))
                .filter(listed -> JobBoard.keys(listed.job()).stream().noneMatch(seen::contains))
                .limit(MOST).toList();
        if (fresh.isEmpty()) {
            return repository.claimDay(userId, today, AlertDayState.NOTHING_NEW, 0, now) ? Outcome.NOTHING_NEW
                    : Outcome.SKIPPED;
        }
        List<String> keys = fresh.stream().flatMap(listed -> JobBoard.keys(listed.job()).stream()).toList();
        boolean claimed = transactions.inTransaction(() -> {
            if (!repository.claimDay(userId, today, AlertDayState.SENDING, fresh.size(), now)) {
                return false;
            }
            repository.markSeen(userId, keys, now);
            return true;
        });
        if (!claimed) {
            return Outcome.SKIPPED;
        }
        PrivateMessage message = new PrivateMessage(new PrivateAddress(alert.platform(), alert.externalId()),
                message(query, fresh), "job-alert-" + userId + "-" + today, Priority.LOW);
        DeliveryResult result = deliver(message);
        if (result instanceof DeliveryResult.Delivered) {
            repository.updateDay(userId, today, AlertDayState.SENT);
            return Outcome.SENT;
        }
        if (result instanceof DeliveryResult.Unreachable unreachable) {
            LOG.info("Job alerts of user {} turned off: {} is unreachable ({})", userId, message.to(),
                    unreachable.reason());
            transactions.inTransaction(() -> {
                repository.updateDay(userId, today, AlertDayState.UNREACHABLE);
                repository.find(userId).filter(JobAlert::active).ifPresent(a -> repository.save(a.off(now)));
                return null;
            });
            return Outcome.FAILED;
        }
        if (result instanceof DeliveryResult.NotDelivered notDelivered) {
            LOG.info("The job alert of user {} was not delivered ({}); its roles may come tomorrow", userId,
                    notDelivered.reason());
            transactions.inTransaction(() -> {
                repository.updateDay(userId, today, AlertDayState.NOT_DELIVERED);
                repository.unmarkSeen(userId, keys);
                return null;
            });
            return Outcome.FAILED;
        }
        LOG.warn("The job alert of user {} may or may not have been delivered ({}); not sending it again", userId,
                ((DeliveryResult.Unknown) result).reason());
        repository.updateDay(userId, today, AlertDayState.UNCONFIRMED);
        return Outcome.FAILED;
    }

    private Reply message(JobQuery query, List<JobBoard.Listed> fresh) {
        String filters = query.describe();
        StringBuilder text = new StringBuilder("New Django roles for you").append(filters.isEmpty() ? ""
                : " · " + filters).append(" — ").append(fresh.size()).append(fresh.size() == 1 ? " role" : " roles")
                .append(":\n");
        int number = 1;
        for (JobBoard.Listed listed : fresh) {
            text.append(JobsRenderer.role(number++, listed.job())).append('\n');
        }
        text.append("All Django jobs: ").append(board.allJobsUrl())
                .append("\nYou get this once a day because you turned on job alerts.");
        List<Button> buttons = new ArrayList<>();
        String all = "jobs:n:0:" + query.toArgs();
        if (all.getBytes(StandardCharsets.UTF_8).length <= Button.MAX_ACTION_BYTES) {
            buttons.add(new Button(all, "All matches"));
        }
        buttons.add(new Button(JobAlertCommands.OFF_ACTION, "Turn off job alerts"));
        return Reply.withButtons(text.toString(), buttons);
    }

    private DeliveryResult deliver(PrivateMessage message) {
        Optional<PrivateMessenger> messenger = messengers.forPlatform(message.to().platform());
        if (messenger.isEmpty()) {
            return new DeliveryResult.NotDelivered("no messenger for " + message.to().platform() + " right now");
        }
        try {
            return messenger.get().send(message).toCompletableFuture()
                    .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult.Unknown("interrupted while sending");
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return new DeliveryResult.Unknown(e.toString());
        }
    }

    /** After a restart: alerts left SENDING by a crash are never resent. */
    private void recover() {
        repository.daysIn(AlertDayState.SENDING).forEach((userId, days) -> days.forEach(day -> {
            repository.updateDay(userId, day, AlertDayState.UNCONFIRMED);
            LOG.warn("The job alert of user {} for {} was being sent when the bot stopped; not sending it again",
                    userId, day);
        }));
    }
}
