package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.app.Databases;
import com.jobfuture.coach.config.DatabaseLocation;
import com.jobfuture.coach.testing.TestStorage;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.fakes.Fault;
import com.jobfuture.coach.platform.telegram.fake.ApiCall;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.telegram.JdbcTelegramOutbox;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restarts in the middle of a quiz: no update lost or handled twice, no reply sent twice, progress intact; with the
 * adapter's state in SQLite and in PostgreSQL.
 */
class TelegramRestartTest {
    @Nested
    class OnSqlite extends TelegramRestartCases {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends TelegramRestartCases {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

/** The cases, run on each database. */
@Timeout(90)
abstract class TelegramRestartCases {
    private final TestStorage storage;
    @TempDir
    Path dir;
    TelegramRig rig;
    private DatabaseLocation location;

    TelegramRestartCases(TestStorage storage) {
        this.storage = storage;
    }

    @BeforeEach
    void create() throws Exception {
        rig = new TelegramRig(dir);
        location = storage.location(dir);
        if (location instanceof DatabaseLocation.Postgres postgres) {
            rig.onPostgres(postgres);
        }
    }

    /** The bot's database, opened by the test (to leave the state a dead process leaves). */
    private Database openDatabase() {
        return Databases.open(location);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void aRestartMidQuizLosesNothingAndRepeatsNothing() throws Exception {
        rig.startApp();
        FakeUser dana = rig.fake.user(4001, "Dana");
        dana.send("/start");
        dana.send("/quiz orm");
        BotMessage question = rig.awaitMessages(dana, 2).get(1);
        dana.press(question, "51");
        BotMessage graded = rig.awaitEdited(dana, 1, 1);

        rig.fake.inject("sendMessage", dana.id(), new Fault.TooManyRequests(3), 1);
        rig.time.hold(); // the 429's wait lasts across the restart
        dana.press(graded, "Next");
        FakeBotApiWait.until("the next question held by a 429", () -> rig.fake.calls("sendMessage").stream()
                .anyMatch(call -> call.status() == 429));
        Instant tooMany = rig.fake.calls("sendMessage").stream().filter(call -> call.status() == 429)
                .findFirst().orElseThrow().at();
        rig.stopApp();
        dana.send("/progress"); // arrives while the bot is down

        rig.startApp();
        rig.time.release();
        List<BotMessage> messages = rig.awaitMessages(dana, 4);
        assertThat(messages.get(2).text()).startsWith("ORM · N+1 queries · middle · Q2");
        assertThat(messages.get(3).text()).as("progress intact").startsWith("Your progress · 1 answered");
        ApiCall resent = rig.fake.calls("sendMessage").stream().filter(call -> call.ok()
                && call.params().path("text").asText().contains("Q2")).findFirst().orElseThrow();
        assertThat(resent.at()).as("retry_after honoured across the restart")
                .isAfterOrEqualTo(tooMany.plus(Duration.ofSeconds(3)));

        dana.send("select_related is a join; prefetch_related a separate query");
        BotMessage model = rig.awaitMessages(dana, 5).get(4);
        dana.press(model, "Good");
        rig.awaitEdited(dana, 4, 1);
        dana.send("/progress");
        assertThat(rig.awaitMessages(dana, 6).get(5).text()).startsWith("Your progress · 2 answered");

        rig.awaitSettled();
        // the fake shows a message a moment before it records its call
        FakeBotApiWait.until("the second card's call recorded", () -> rig.fake.calls("sendPhoto").stream()
                .filter(ApiCall::ok).count() >= 2);
        List<String> texts = rig.fake.messages(dana.id()).stream().map(BotMessage::text).toList();
        assertThat(texts).as("every update answered exactly once").hasSize(6).doesNotHaveDuplicates();
        assertThat(rig.fake.calls("sendMessage")).filteredOn(ApiCall::ok).hasSize(4);
        assertThat(rig.fake.calls("sendPhoto")).as("the two /progress cards, the report as caption")
                .filteredOn(ApiCall::ok).hasSize(2);
        assertThat(rig.fake.calls("editMessageText")).filteredOn(ApiCall::ok).hasSize(2);
    }

    @Test
    void aCrashMidUpdateGetsANoticeInsteadOfAReplayAndNoDoubleSend() throws Exception {
        FakeUser dana = rig.fake.user(4002, "Dana");
        long interrupted = dana.send("/quiz orm");
        try (Database database = openDatabase()) {
            // the state a process leaves when it dies in the middle: the update claimed, a reply whose request
            // was out (it may have arrived), and a reply still queued
            TelegramOutbox store = new JdbcTelegramOutbox(database, 7000001, Clock.systemUTC());
            assertThat(store.claim(interrupted, dana.id())).isTrue();
            List<QueuedMessage> queued = store.enqueue(List.of(plain(dana, "maybe delivered already"),
                    plain(dana, "queued before the crash")));
            store.setInFlight(List.of(queued.get(0).id()));
        }

        rig.startApp();
        rig.awaitMessages(dana, 3);
        rig.awaitSettled();

        assertThat(rig.fake.messages(dana.id())).extracting(BotMessage::text).as("the row that was out (it may "
                + "have arrived or not) is replaced by a notice: neither sent twice nor silently dropped")
                .containsExactly(TelegramPlatform.LOST_NOTICE, "queued before the crash",
                        TelegramPlatform.RESTART_NOTICE);
        assertThat(rig.fake.deliveries(interrupted)).as("redelivered, but not handled again").isEqualTo(1);

        dana.send("/quiz orm");
        assertThat(rig.awaitMessages(dana, 4).get(3).text()).startsWith("ORM · N+1 queries · junior");
    }

    @Test
    void anEditThatWasOutWhenTheBotDiedIsMadeAfterTheRestart() throws Exception {
        rig.startApp();
        FakeUser dana = rig.fake.user(4003, "Dana");
        dana.send("/start");
        BotMessage welcome = rig.awaitMessages(dana, 1).get(0);
        rig.awaitSettled();
        rig.stopApp();
        try (Database database = openDatabase()) {
            // the state a process leaves when it dies while an edit's request is out
            TelegramOutbox store = new JdbcTelegramOutbox(database, 7000001, Clock.systemUTC());
            List<QueuedMessage> queued = store.enqueue(List.of(new OutgoingMessage(dana.id(), welcome.messageId(),
                    "Edited after the restart", false, List.of())));
            store.setInFlight(List.of(queued.get(0).id()));
        }

        rig.startApp();
        rig.awaitEdited(dana, 0, 1);
        rig.awaitSettled();
        assertThat(rig.fake.messages(dana.id())).extracting(BotMessage::text)
                .containsExactly("Edited after the restart");
    }

    private static OutgoingMessage plain(FakeUser user, String text) {
        return new OutgoingMessage(user.id(), null, text, false, List.of());
    }
}
