package com.jobfuture.coach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.jobfuture.coach.core.jobs.alerts.AlertDayState;
import com.jobfuture.coach.core.jobs.alerts.JobAlert;
import com.jobfuture.coach.core.user.UserDirectory;
import com.jobfuture.coach.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job alerts in SQLite: a day is claimed once, and /link moves alerts, days and seen roles to the kept account. */
class JdbcJobAlertRepositoryTest {
    static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    static final LocalDate TUESDAY = LocalDate.parse("2026-03-03");
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    @TempDir
    Path dir;
    Database database;
    JdbcJobAlertRepository repository;
    long kept;
    long merged;

    @BeforeEach
    void setUp() {
        database = Database.open(dir.resolve("coach.db"));
        UserDirectory users = new UserDirectory(new JdbcUserRepository(database), clock);
        kept = users.userId("test", "1", "Dana");
        merged = users.userId("telegram", "42", "Dana");
        repository = new JdbcJobAlertRepository(database);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void aDayIsClaimedOnceAndItsStateChangesAfterwards() {
        assertThat(repository.claimDay(kept, MONDAY, AlertDayState.SENDING, 2, clock.instant())).isTrue();
        assertThat(repository.claimDay(kept, MONDAY, AlertDayState.NOTHING_NEW, 0, clock.instant())).isFalse();
        assertThat(repository.claimed(kept, MONDAY)).isTrue();
        assertThat(repository.claimed(kept, TUESDAY)).isFalse();
        repository.updateDay(kept, MONDAY, AlertDayState.SENT);
        assertThat(repository.days(kept)).containsExactly(entry(MONDAY, AlertDayState.SENT));
        assertThat(repository.daysIn(AlertDayState.SENDING)).isEmpty();
    }

    @Test
    void linkingMovesTheAlertUnlessTheKeptAccountHasOneAndUnitesDaysAndSeenRoles() {
        repository.save(new JobAlert(merged, "remote", "telegram", "42", true, clock.instant(), clock.instant()));
        repository.claimDay(merged, MONDAY, AlertDayState.SENT, 1, clock.instant());
        repository.claimDay(merged, TUESDAY, AlertDayState.NOTHING_NEW, 0, clock.instant());
        repository.claimDay(kept, TUESDAY, AlertDayState.SENT, 3, clock.instant());
        repository.markSeen(merged, List.of("url a.example/1", "url b.example/2"), clock.instant());
        repository.markSeen(kept, List.of("url b.example/2", "url c.example/3"), clock.instant());

        repository.mergeInto(merged, kept);

        assertThat(repository.find(kept)).hasValueSatisfying(alert -> assertThat(alert)
                .extracting(JobAlert::filters, JobAlert::platform, JobAlert::active)
                .containsExactly("remote", "telegram", true));
        assertThat(repository.find(merged)).isEmpty();
        assertThat(repository.days(kept)).containsExactly(entry(TUESDAY, AlertDayState.SENT),
                entry(MONDAY, AlertDayState.SENT));
        assertThat(repository.seen(kept)).containsExactlyInAnyOrder("url a.example/1", "url b.example/2",
                "url c.example/3");
        assertThat(repository.seen(merged)).isEmpty();

        long third = new UserDirectory(new JdbcUserRepository(database), clock).userId("discord", "7", "Dana");
        repository.save(new JobAlert(third, "drf", "discord", "7", false, clock.instant(), clock.instant()));
        repository.mergeInto(third, kept);
        assertThat(repository.find(kept).orElseThrow().filters()).as("the kept account's alert stays")
                .isEqualTo("remote");
    }
}
