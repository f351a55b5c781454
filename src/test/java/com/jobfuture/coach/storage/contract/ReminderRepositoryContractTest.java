package com.jobfuture.coach.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.notify.PrivateAddress;
import com.jobfuture.coach.core.reminders.ReminderKind;
import com.jobfuture.coach.core.reminders.ReminderRecord;
import com.jobfuture.coach.core.reminders.ReminderRepository.Due;
import com.jobfuture.coach.core.reminders.ReminderState;
import com.jobfuture.coach.core.settings.QuietHours;
import com.jobfuture.coach.core.settings.ReminderSettings;
import com.jobfuture.coach.core.settings.UserSettings;
import com.jobfuture.coach.storage.JdbcReminderRepository;
import com.jobfuture.coach.storage.JdbcSettingsRepository;
import com.jobfuture.coach.storage.JdbcUserRepository;
import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Personal settings and claimed reminders: the same behaviour on SQLite and PostgreSQL. */
class ReminderRepositoryContractTest {
    @Nested
    class OnSqlite extends ReminderRepositoryContract {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends ReminderRepositoryContract {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

abstract class ReminderRepositoryContract extends StorageTest {
    static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    JdbcSettingsRepository settings;
    JdbcReminderRepository reminders;
    long dana;
    long ben;

    ReminderRepositoryContract(TestStorage storage) {
        super(storage);
    }

    @BeforeEach
    void twoUsers() {
        settings = new JdbcSettingsRepository(db);
        reminders = new JdbcReminderRepository(db);
        JdbcUserRepository users = new JdbcUserRepository(db);
        dana = users.resolve("telegram", "1", "Dana", T0);
        ben = users.resolve("discord", "2", "Ben", T0);
    }

    @Test
    void settingsAreSavedWholeAndReplacedWhole() {
        UserSettings full = new UserSettings(Optional.of(ZoneId.of("Europe/Berlin")),
                new ReminderSettings(true, Optional.of(LocalTime.of(18, 30)),
                        Optional.of(new PrivateAddress("telegram", "1")), Optional.empty(), Optional.of(T0)),
                Optional.of(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0))), OptionalInt.of(12),
                Optional.of(Level.SENIOR), EnumSet.of(Family.ORM, Family.SECURITY),
                Optional.of(LocalDate.parse("2026-04-01")));
        settings.save(dana, full, Optional.of(T0.plusSeconds(3600)), T0);
        assertThat(settings.find(dana)).contains(full);
        assertThat(settings.nextReminderAt(dana)).contains(T0.plusSeconds(3600));

        settings.save(dana, UserSettings.defaults(), Optional.empty(), T0.plusSeconds(1));

        assertThat(settings.find(dana)).contains(UserSettings.defaults());
        assertThat(settings.nextReminderAt(dana)).isEmpty();
        assertThat(settings.find(ben)).isEmpty();
    }

    @Test
    void dueUsersComeEarliestFirstForThePlatformsAskedAndAdvanceOnlyFromTheInstantRead() {
        remindAt(dana, "telegram", T0);
        remindAt(ben, "discord", T0.minusSeconds(60));

        assertThat(reminders.due(T0, Set.of("telegram", "discord"), 10))
                .containsExactly(new Due(ben, T0.minusSeconds(60)), new Due(dana, T0));
        assertThat(reminders.due(T0, Set.of("telegram"), 10)).containsExactly(new Due(dana, T0));
        assertThat(reminders.due(T0.minusSeconds(61), Set.of("telegram", "discord"), 10)).isEmpty();

        assertThat(reminders.advance(dana, T0.minusSeconds(1), T0.plusSeconds(86_400))).isFalse();
        assertThat(reminders.advance(dana, T0, T0.plusSeconds(86_400))).isTrue();
        assertThat(reminders.advance(dana, T0, T0.plusSeconds(86_400))).isFalse();
        assertThat(settings.nextReminderAt(dana)).contains(T0.plusSeconds(86_400));
    }

    @Test
    void aReminderIsClaimedOncePerUserAndDayAndUpdatedOnlyFromItsState() {
        ReminderRecord claim = record(dana, MONDAY);

        assertThat(reminders.claim(claim)).isTrue();
        assertThat(reminders.claim(record(dana, MONDAY))).isFalse();
        assertThat(reminders.update(claim.with(ReminderState.RETRY, Optional.of(T0.plusSeconds(60))),
                ReminderState.SENDING)).isTrue();
        assertThat(reminders.update(claim.with(ReminderState.SENT, Optional.empty()), ReminderState.SENDING))
                .isFalse();

        assertThat(reminders.inState(ReminderState.RETRY)).containsExactly(
                claim.with(ReminderState.RETRY, Optional.of(T0.plusSeconds(60))));
        assertThat(reminders.retriesDue(T0, 10)).isEmpty();
        assertThat(reminders.retriesDue(T0.plusSeconds(60), 10)).hasSize(1);
    }

    @Test
    void twoProcessesAdvancingTheSameUsersClaimEachOnce() throws Exception {
        JdbcReminderRepository other = new JdbcReminderRepository(anotherProcess());
        JdbcUserRepository users = new JdbcUserRepository(db);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long user = users.resolve("telegram", "u" + i, "U", T0);
            remindAt(user, "telegram", T0);
            ids.add(user);
        }
        ExecutorService processes = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> advances = new ArrayList<>();
            for (long user : ids) {
                advances.add(processes.submit(() -> reminders.advance(user, T0, T0.plusSeconds(86_400))));
                advances.add(processes.submit(() -> other.advance(user, T0, T0.plusSeconds(86_400))));
            }
            for (int i = 0; i < advances.size(); i += 2) {
                assertThat(advances.get(i).get() ^ advances.get(i + 1).get()).as("user %d", i / 2).isTrue();
            }
        } finally {
            processes.shutdownNow();
        }
    }

    @Test
    void aMergeKeepsTheKeptUsersRowForADayBothWereReminded() {
        reminders.claim(record(dana, MONDAY));
        reminders.claim(record(ben, MONDAY));
        reminders.claim(record(ben, MONDAY.plusDays(1)));

        reminders.moveHistory(ben, dana);

        assertThat(reminders.history(dana)).extracting(ReminderRecord::localDate, ReminderRecord::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MONDAY, new PrivateAddress("telegram", "x")),
                        org.assertj.core.groups.Tuple.tuple(MONDAY.plusDays(1), new PrivateAddress("telegram", "x")));
        assertThat(reminders.history(dana)).extracting(ReminderRecord::userId).containsOnly(dana);
        assertThat(reminders.history(ben)).isEmpty();
    }

    private void remindAt(long user, String platform, Instant next) {
        settings.save(user, new UserSettings(Optional.empty(), new ReminderSettings(true,
                Optional.of(LocalTime.of(18, 0)), Optional.of(new PrivateAddress(platform, "x" + user)),
                Optional.empty(), Optional.of(T0)), Optional.empty(), OptionalInt.empty(), Optional.empty(),
                Set.of(), Optional.empty()), Optional.of(next), T0);
    }

    private static ReminderRecord record(long user, LocalDate date) {
        return new ReminderRecord(user, date, ReminderKind.REVIEWS_DUE, ReminderState.SENDING,
                new PrivateAddress("telegram", "x"), T0, T0, 1, Optional.empty());
    }
}
