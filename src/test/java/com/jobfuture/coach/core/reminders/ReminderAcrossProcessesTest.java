package com.jobfuture.coach.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.testing.CoreFixture;
import com.jobfuture.coach.testing.ReminderFixture;
import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Two bot processes share one database: every user due a reminder gets exactly one, and when one process dies
 * mid-run the other sends the rest (the reminder it was sending is never resent). On PostgreSQL each process has
 * its own connection; on SQLite (one process) two schedulers share one.
 */
class ReminderAcrossProcessesTest {
    @Nested
    class OnSqlite extends ReminderAcrossProcesses {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends ReminderAcrossProcesses {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

abstract class ReminderAcrossProcesses extends StorageTest {
    private static final int USERS = 120;
    private static final Instant DUE = Instant.parse("2026-03-02T18:30:00Z");
    private ReminderFixture first;
    private ReminderFixture second;

    /** The process died inside a send, after the message reached the platform. */
    static final class ProcessKilled extends Error {
        ProcessKilled() {
            super("kill -9 while a reminder was on its way");
        }
    }

    ReminderAcrossProcesses(TestStorage storage) {
        super(storage);
    }

    @BeforeEach
    void twoProcesses() {
        first = new ReminderFixture(CoreFixture.on(db, folder.resolve("first")));
        Database secondDatabase = storage == TestStorage.POSTGRESQL ? anotherProcess() : db;
        second = new ReminderFixture(CoreFixture.on(secondDatabase, folder.resolve("second")));
        at(Instant.parse("2026-03-02T09:00:00Z"));
        for (int i = 0; i < USERS; i++) {
            first.set(name(i), "reminders 18:30");
            first.dueReviews(name(i), 2);
        }
    }

    @Test
    void twoProcessesTickingAtOnceRemindEveryUserExactlyOnce() throws Exception {
        at(DUE);
        ExecutorService processes = Executors.newFixedThreadPool(2);
        try {
            List<Future<ReminderScheduler.TickReport>> ticks = new ArrayList<>();
            for (ReminderFixture process : List.of(first, second)) {
                ticks.add(processes.submit(() -> process.scheduler.tick()));
            }
            int sent = 0;
            for (Future<ReminderScheduler.TickReport> tick : ticks) {
                sent += tick.get().sent();
            }
            assertThat(sent).isEqualTo(USERS);
        } finally {
            processes.shutdownNow();
        }
        assertThat(remindersPerUser()).hasSize(USERS).containsOnlyKeys(names()).allSatisfy((user, count) ->
                assertThat(count).as(user).isEqualTo(1));
    }

    @Test
    void whenOneProcessDiesMidRunTheOtherSendsTheRestAndNothingTwice() {
        String killedAt = name(USERS / 2);
        first.messenger.script(killedAt, message -> {
            throw new ProcessKilled();
        });
        at(DUE);
        assertThatThrownBy(() -> first.scheduler.tick()).isInstanceOf(ProcessKilled.class);
        int beforeDying = first.messenger.sent().size();
        assertThat(beforeDying).isBetween(1, USERS - 1);

        at(DUE.plusSeconds(10));
        second.scheduler.tick();

        assertThat(remindersPerUser()).hasSize(USERS).allSatisfy((user, count) ->
                assertThat(count).as(user).isEqualTo(1));
        assertThat(state(killedAt)).isEqualTo(ReminderState.SENDING); // still claimed by the dead process

        at(DUE.plus(ReminderScheduler.CLAIM_LEASE)); // its claim ran out: resolved, never resent
        second.scheduler.tick();
        assertThat(state(killedAt)).isEqualTo(ReminderState.UNCONFIRMED);
        assertThat(remindersPerUser().values()).containsOnly(1L);
    }

    private Map<String, Long> remindersPerUser() {
        return Stream.of(first, second).flatMap(process -> process.messenger.sent().stream())
                .collect(Collectors.groupingBy(sent -> sent.message().to().externalId(), Collectors.counting()));
    }

    private ReminderState state(String name) {
        return first.repository.history(first.user(name)).get(0).state();
    }

    private void at(Instant instant) {
        first.core.clock.set(instant);
        second.core.clock.set(instant);
    }

    private static List<String> names() {
        return java.util.stream.IntStream.range(0, USERS).mapToObj(ReminderAcrossProcesses::name).toList();
    }

    private static String name(int i) {
        return String.format("u%03d", i);
    }
}
