package com.jobfuture.coach.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.jobfuture.coach.core.jobs.alerts.AlertDayState;
import com.jobfuture.coach.core.jobs.alerts.JobAlert;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.JdbcJobAlertRepository;
import com.jobfuture.coach.storage.JdbcUserRepository;
import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Job alerts, their days and seen roles: a day is claimed once (also by two processes at once), and /link moves
 * alerts, days and seen roles to the kept account — the same behaviour on SQLite and PostgreSQL.
 */
class JobAlertRepositoryContractTest {
    @Nested
    class OnSqlite extends JobAlertRepositoryContract {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends JobAlertRepositoryContract {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

abstract class JobAlertRepositoryContract extends StorageTest {
    static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    static final LocalDate TUESDAY = LocalDate.parse("2026-03-03");
    JdbcUserRepository users;
    JdbcJobAlertRepository repository;
    long kept;
    long merged;

    JobAlertRepositoryContract(TestStorage storage) {
        super(storage);
    }

    @BeforeEach
    void setUp() {
        users = new JdbcUserRepository(db);
        kept = users.resolve("test", "1", "Dana", T0);
        merged = users.resolve("telegram", "42", "Dana", T0);
        repository = new JdbcJobAlertRepository(db);
    }

    @Test
    void anAlertIsSavedReplacedAndListedWhileActive() {
        JobAlert on = new JobAlert(kept, "remote drf", "telegram", "1", true, T0, T0);
        repository.save(on);
        repository.save(new JobAlert(merged, "", "discord", "42", false, T0, T0));

        assertThat(repository.find(kept)).contains(on);
        assertThat(repository.active()).containsExactly(on);

        repository.save(on.off(T0.plusSeconds(60)));
        assertThat(repository.find(kept)).contains(on.off(T0.plusSeconds(60)));
        assertThat(repository.active()).isEmpty();
    }

    @Test
    void aDayIsClaimedOnceAndItsStateChangesAfterwards() {
        assertThat(repository.claimDay(kept, MONDAY, AlertDayState.SENDING, 2, T0)).isTrue();
        assertThat(repository.claimDay(kept, MONDAY, AlertDayState.NOTHING_NEW, 0, T0)).isFalse();
        assertThat(repository.claimed(kept, MONDAY)).isTrue();
        assertThat(repository.claimed(kept, TUESDAY)).isFalse();
        assertThat(repository.daysIn(AlertDayState.SENDING)).containsExactly(entry(kept, List.of(MONDAY)));
        repository.updateDay(kept, MONDAY, AlertDayState.SENT);
        assertThat(repository.days(kept)).containsExactly(entry(MONDAY, AlertDayState.SENT));
        assertThat(repository.daysIn(AlertDayState.SENDING)).isEmpty();
    }

    @Test
    void seenRolesAreKeptOnceAndCanBeUnmarked() {
        repository.markSeen(kept, List.of("url a.example/1", "url b.example/2"), T0);
        repository.markSeen(kept, List.of("url b.example/2"), T0.plusSeconds(1));
        repository.unmarkSeen(kept, List.of("url a.example/1", "url never.example/0"));

        assertThat(repository.seen(kept)).containsExactly("url b.example/2");
        assertThat(repository.seen(merged)).isEmpty();
    }

    @Test
    void linkingMovesTheAlertUnlessTheKeptAccountHasOneAndUnitesDaysAndSeenRoles() {
        repository.save(new JobAlert(merged, "remote", "telegram", "42", true, T0, T0));
        repository.claimDay(merged, MONDAY, AlertDayState.SENT, 1, T0);
        repository.claimDay(merged, TUESDAY, AlertDayState.NOTHING_NEW, 0, T0);
        repository.claimDay(kept, TUESDAY, AlertDayState.SENT, 3, T0);
        repository.markSeen(merged, List.of("url a.example/1", "url b.example/2"), T0);
        repository.markSeen(kept, List.of("url b.example/2", "url c.example/3"), T0);

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

        long third = users.resolve("discord", "7", "Dana", T0);
        repository.save(new JobAlert(third, "drf", "discord", "7", false, T0, T0));
        repository.mergeInto(third, kept);
        assertThat(repository.find(kept).orElseThrow().filters()).as("the kept account's alert stays")
                .isEqualTo("remote");
    }

    @Test
    void deletingTheUserDeletesTheAlertItsDaysAndSeenRoles() {
        repository.save(new JobAlert(kept, "remote", "telegram", "1", true, T0, T0));
        repository.claimDay(kept, MONDAY, AlertDayState.SENT, 1, T0);
        repository.markSeen(kept, List.of("url a.example/1"), T0);

        users.delete(kept);

        assertThat(repository.find(kept)).isEmpty();
        assertThat(repository.days(kept)).isEmpty();
        assertThat(repository.seen(kept)).isEmpty();
    }

    @Test
    void twoProcessesClaimingTheSameDaysAtOnceEachWinEveryDayOnce() throws Exception {
        Database second = anotherProcess();
        JdbcJobAlertRepository there = new JdbcJobAlertRepository(second);
        List<Long> everyone = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            everyone.add(users.resolve("telegram", "u" + i, "U" + i, T0));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (long user : everyone) {
                claims.add(pool.submit(() -> repository.claimDay(user, MONDAY, AlertDayState.SENDING, 1, T0)));
                claims.add(pool.submit(() -> there.claimDay(user, MONDAY, AlertDayState.SENDING, 1, T0)));
            }
            for (int i = 0; i < claims.size(); i += 2) {
                assertThat(claims.get(i).get() ^ claims.get(i + 1).get()).as("exactly one claim of user %d",
                        everyone.get(i / 2)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(repository.daysIn(AlertDayState.SENDING)).hasSize(everyone.size());
    }
}
