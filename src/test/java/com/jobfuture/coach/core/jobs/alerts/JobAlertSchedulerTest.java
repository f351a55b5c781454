package com.jobfuture.coach.core.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.jobs.CandidateProfile;
import com.jobfuture.coach.core.jobs.JobBoard;
import com.jobfuture.coach.core.jobs.JobPosting;
import com.jobfuture.coach.core.jobs.JobSource;
import com.jobfuture.coach.core.jobs.VerifiedCompanies;
import com.jobfuture.coach.core.jobs.Workplace;
import com.jobfuture.coach.core.jobs.alerts.JobAlertScheduler.TickReport;
import com.jobfuture.coach.core.notify.DeliveryResult;
import com.jobfuture.coach.core.notify.PrivateMessengers;
import com.jobfuture.coach.core.settings.QuietHours;
import com.jobfuture.coach.core.user.UserDirectory;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.JdbcJobAlertRepository;
import com.jobfuture.coach.storage.JdbcUserRepository;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.RecordingMessenger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert scheduler on the core: due at the reminder time within the grace window, new roles only, one claimed
 * day per user, and what each delivery result does (crash, not delivered, unreachable, no messenger).
 */
class JobAlertSchedulerTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final List<JobPosting> jobs = new ArrayList<>();
    final RecordingMessenger messenger = new RecordingMessenger(clock);
    final PrivateMessengers messengers = new PrivateMessengers();
    @TempDir
    Path dir;
    Database database;
    JdbcJobAlertRepository repository;
    JobBoard board;
    JobAlerts commands;
    long dana;

    @BeforeEach
    void setUp() {
        database = Database.open(dir.resolve("coach.db"));
        dana = new UserDirectory(new JdbcUserRepository(database), clock).userId("test", "dana", "Dana");
        repository = new JdbcJobAlertRepository(database);
        JobSource source = () -> List.copyOf(jobs);
        board = new JobBoard(List.of(source), VerifiedCompanies.none(), Duration.ofDays(60),
                "https://www.djangoproject.com/community/jobs/", clock);
        commands = new JobAlerts(repository, board, CandidateProfile.unknown(), this::tenInBerlin, clock);
        messengers.register("test", messenger);
        jobs.add(job("Django Developer", "a"));
        commands.alert(new ChatRequest(dana, new ChatUser("test", "dana", "Dana", false), false), "on", "");
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void dueAtTheReminderTimeUntilTheGraceWindowEndsWithOnlyNewRoles() {
        jobs.add(job("Senior Django Engineer", "b"));
        clock.set(Instant.parse("2026-03-02T08:59:00Z"));
        assertThat(scheduler().tick()).as("09:59 in Berlin").isEqualTo(new TickReport(0, 0, 0));
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(scheduler().tick()).isEqualTo(new TickReport(1, 0, 0));
        assertThat(messenger.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.message().reply().text()).contains("Senior Django Engineer").doesNotContain("1. Django "
                    + "Developer —");
            assertThat(sent.message().key()).isEqualTo("job-alert-" + dana + "-2026-03-02");
        });

        clock.set(Instant.parse("2026-03-03T09:00:00Z"));
        assertThat(scheduler().tick()).as("nothing new the next day: nothing sent")
                .isEqualTo(new TickReport(0, 1, 0));
        jobs.add(job("Django Tech Lead", "c"));
        clock.set(Instant.parse("2026-03-04T11:01:00Z"));
        assertThat(scheduler().tick()).as("12:01 in Berlin: beyond the 2 h grace").isEqualTo(new TickReport(0, 0, 0));
        assertThat(repository.days(dana)).containsOnlyKeys(LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-03"));
    }

    @Test
    void aCrashWhileSendingIsNeverResentAndNotDeliveredRolesComeAgainTomorrow() {
        jobs.add(job("Senior Django Engineer", "b"));
        repository.claimDay(dana, LocalDate.parse("2026-03-02"), AlertDayState.SENDING, 1, clock.instant());
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));

        assertThat(scheduler().tick()).as("the day was claimed before the crash").isEqualTo(new TickReport(0, 0, 0));
        assertThat(repository.days(dana)).containsEntry(LocalDate.parse("2026-03-02"), AlertDayState.UNCONFIRMED);

        messenger.script("dana", message -> new DeliveryResult.NotDelivered("HTTP 502"));
        clock.set(Instant.parse("2026-03-03T09:00:00Z"));
        JobAlertScheduler scheduler = scheduler();
        assertThat(scheduler.tick()).isEqualTo(new TickReport(0, 0, 1));
        assertThat(repository.days(dana)).containsEntry(LocalDate.parse("2026-03-03"), AlertDayState.NOT_DELIVERED);
        messenger.clearScript("dana");
        clock.set(Instant.parse("2026-03-04T09:00:00Z"));
        assertThat(scheduler.tick()).isEqualTo(new TickReport(1, 0, 0));
        assertThat(messenger.sent()).hasSize(2).last().satisfies(sent -> assertThat(sent.message().reply().text())
                .contains("Senior Django Engineer"));
    }

    @Test
    void anUnreachableUserIsTurnedOffAndAPlatformWithoutAMessengerGetsNothingClaimed() {
        jobs.add(job("Senior Django Engineer", "b"));
        messengers.unregister("test");
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        JobAlertScheduler scheduler = scheduler();
        assertThat(scheduler.tick()).isEqualTo(new TickReport(0, 0, 0));
        assertThat(repository.days(dana)).isEmpty();

        messengers.register("test", messenger);
        messenger.script("dana", message -> new DeliveryResult.Unreachable("bot was blocked by the user"));
        assertThat(scheduler.tick()).isEqualTo(new TickReport(0, 0, 1));
        assertThat(repository.find(dana).orElseThrow().active()).isFalse();
        clock.set(Instant.parse("2026-03-03T09:00:00Z"));
        assertThat(scheduler.tick()).isEqualTo(new TickReport(0, 0, 0));
        assertThat(messenger.sent()).hasSize(1);
    }

    @Test
    void quietHoursStopTheAlertAndAStopOrARestartAfterSendingSendsNothingMore() {
        jobs.add(job("Senior Django Engineer", "b"));
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        JobAlertScheduler quiet = new JobAlertScheduler(repository, board, CandidateProfile.unknown(),
                userId -> new AlertTimes.AlertTime(LocalTime.of(10, 0), ZoneId.of("Europe/Berlin"),
                        Optional.of(new QuietHours(LocalTime.of(9, 0), LocalTime.of(11, 0)))),
                messengers, database, Duration.ofHours(2), clock);
        assertThat(quiet.tick()).as("10:00 is inside 09:00–11:00").isEqualTo(new TickReport(0, 0, 0));
        assertThat(repository.days(dana)).isEmpty();

        JobAlertScheduler stopped = scheduler();
        stopped.stop();
        assertThat(stopped.tick()).as("stopped for shutdown").isEqualTo(new TickReport(0, 0, 0));
        assertThat(repository.days(dana)).isEmpty();

        assertThat(scheduler().tick()).isEqualTo(new TickReport(1, 0, 0));
        jobs.add(job("Django Tech Lead", "c"));
        clock.advance(Duration.ofMinutes(30));
        assertThat(scheduler().tick()).as("after a restart the same day: already sent")
                .isEqualTo(new TickReport(0, 0, 0));
        assertThat(messenger.sent()).hasSize(1);
        assertThat(repository.days(dana)).containsExactly(entry(LocalDate.parse("2026-03-02"), AlertDayState.SENT));
    }

    @Test
    void nothingIsDecidedBeforeEverySourceWasReadOnceSoARestartLosesNoAlert() {
        AtomicBoolean feedRead = new AtomicBoolean(false);
        List<JobPosting> feedJobs = new ArrayList<>(List.of(job("Senior Django Engineer", "b")));
        JobSource feed = new JobSource() {
            @Override
            public List<JobPosting> jobs() {
                return feedRead.get() ? List.copyOf(feedJobs) : List.of();
            }

            @Override
            public boolean loaded() {
                return feedRead.get();
            }
        };
        JobBoard afterRestart = new JobBoard(List.of(() -> List.copyOf(jobs), feed), VerifiedCompanies.none(),
                Duration.ofDays(60), "https://www.djangoproject.com/community/jobs/", clock);
        JobAlertScheduler scheduler = new JobAlertScheduler(repository, afterRestart, CandidateProfile.unknown(),
                this::tenInBerlin, messengers, database, Duration.ofHours(2), clock);
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));

        assertThat(scheduler.tick()).as("the feed is not read yet: no 'nothing new' for the day")
                .isEqualTo(new TickReport(0, 0, 0));
        assertThat(repository.days(dana)).isEmpty();
        feedRead.set(true);
        clock.advance(Duration.ofSeconds(30));
        assertThat(scheduler.tick()).isEqualTo(new TickReport(1, 0, 0));
        assertThat(messenger.sent()).singleElement().satisfies(sent -> assertThat(sent.message().reply().text())
                .contains("Senior Django Engineer"));
    }

    @Test
    void aRoleSeenUnderOneLinkIsNotSentAgainUnderAnotherAndOldRolesAreNotNew() {
        jobs.add(job("Senior Django Engineer", "b"));
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(scheduler().tick()).isEqualTo(new TickReport(1, 0, 0));

        jobs.removeIf(job -> job.company().equals("Acme b"));
        jobs.add(new JobPosting("Senior Django Engineer", "Acme b", false, "Europe", Workplace.REMOTE,
                Optional.of(Level.SENIOR), "https://other-board.example.org/acme-b-senior", List.of(),
                Optional.of(LocalDate.of(2026, 3, 2)), "", "other", "other-board.example.org"));
        jobs.add(new JobPosting("Django Developer", "Old Posting Ltd", false, "Europe", Workplace.REMOTE,
                Optional.of(Level.SENIOR), "https://jobs.example.com/old", List.of(),
                Optional.of(LocalDate.of(2026, 2, 10)), "", "test", ""));
        clock.set(Instant.parse("2026-03-03T09:00:00Z"));
        assertThat(scheduler().tick()).as("the same role on another board; a role posted 21 days ago")
                .isEqualTo(new TickReport(0, 1, 0));
        assertThat(messenger.sent()).hasSize(1);
        assertThat(repository.seen(dana)).contains("url jobs.example.com/b", "role acme | senior django engineer");
    }

    private JobAlertScheduler scheduler() {
        return new JobAlertScheduler(repository, board, CandidateProfile.unknown(), this::tenInBerlin, messengers,
                database, Duration.ofHours(2), clock);
    }

    private AlertTimes.AlertTime tenInBerlin(long userId) {
        return new AlertTimes.AlertTime(LocalTime.of(10, 0), ZoneId.of("Europe/Berlin"));
    }

    private JobPosting job(String title, String slug) {
        return new JobPosting(title, "Acme " + slug, false, "Europe", Workplace.REMOTE, Optional.of(Level.SENIOR),
                "https://jobs.example.com/" + slug, List.of(), Optional.of(LocalDate.of(2026, 3, 1)), "", "test", "");
    }
}
