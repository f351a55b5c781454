package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.config.DatabaseLocation;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.testing.TestStorage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the app in webhook mode on one PostgreSQL database behind a load balancer that sends each
 * user's updates to them alternately: every answer is stored once, and a user's replies come in the order of
 * their messages even when consecutive messages are handled by different instances.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class TelegramWebhookTwoProcessesTest {
    static final int USERS = 30;
    static final String SECRET = "two-processes-webhook-secret-0123456789";
    @TempDir
    Path dir;

    @Test
    void everyAnswerIsStoredOnceAndRepliesComeInOrder() throws Exception {
        DatabaseLocation.Postgres database = (DatabaseLocation.Postgres) TestStorage.POSTGRESQL.location(dir);
        try (AlternatingBalancer balancer = new AlternatingBalancer();
             TelegramRig rig = new TelegramRig(dir).onPostgres(database).webhookMode(SECRET, balancer.url())) {
            rig.startApp();
            balancer.addBackend(rig.lastWebPort());
            rig.startAnotherApp();
            balancer.addBackend(rig.lastWebPort());
            assertThat(rig.fake.webhookUrl()).startsWith(balancer.url() + "/hooks/telegram/");

            List<FakeUser> users = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                users.add(rig.fake.user(5000 + i, "User" + i));
            }
            ExecutorService people = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (FakeUser user : users) {
                    runs.add(people.submit(() -> quizThenFourCommands(rig, user)));
                }
                for (Future<?> run : runs) {
                    run.get(3, TimeUnit.MINUTES);
                }
            } finally {
                people.shutdownNow();
            }
            rig.awaitSettled();

            for (FakeUser user : users) {
                List<BotMessage> messages = rig.fake.messages(user.id());
                assertThat(messages).as("replies to %s", user.firstName()).hasSize(5);
                assertThat(messages.get(0).text()).contains("✓ Right");
                assertThat(messages.get(1).text()).startsWith("Here's what I can do");
                assertThat(messages.get(2).text()).doesNotStartWith("Here's what I can do");
                assertThat(messages.get(3).text()).startsWith("Here's what I can do");
                assertThat(messages.get(4).text()).isEqualTo(messages.get(2).text());
                // six updates: the quiz, the press and four commands, alternating between the two instances
                assertThat(balancer.backendsOf(user.id())).containsExactly(0, 1, 0, 1, 0, 1);
            }
            try (Connection c = DriverManager.getConnection(database.url(), database.user().orElseThrow(),
                    database.password().orElseThrow()); Statement s = c.createStatement()) {
                assertThat(count(s, "SELECT COUNT(*) FROM review_log")).isEqualTo(USERS);
                assertThat(count(s, "SELECT COUNT(DISTINCT user_id) FROM review_log")).isEqualTo(USERS);
                assertThat(count(s, "SELECT COUNT(*) FROM telegram_updates WHERE state <> 'done'")).isZero();
                // a delivered row is removed a moment after its delivery (its removal shares a commit)
                FakeBotApiWait.until("the outbox emptied", () -> uncheckedCount(s, "SELECT COUNT(*) FROM "
                        + "telegram_outbox") == 0);
            }
        }
    }

    /** Starts a quiz, answers its first question, then sends four commands at once without waiting. */
    private static void quizThenFourCommands(TelegramRig rig, FakeUser user) {
        user.send("/quiz orm");
        BotMessage question = rig.awaitMessages(user, 1).get(0);
        user.press(question, "51");
        rig.awaitEdited(user, 0, 1);
        user.send("/help");
        user.send("/topics");
        user.send("/help");
        user.send("/topics");
        rig.awaitMessages(user, 5);
    }

    private static long uncheckedCount(Statement s, String sql) {
        try {
            return count(s, sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
