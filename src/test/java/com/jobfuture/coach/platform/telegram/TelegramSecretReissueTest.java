package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.fakes.Fault;
import com.jobfuture.coach.platform.telegram.fake.ApiCall;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.testing.StorageFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A confidential reply cut off by a restart (held behind a 429 when the bot stopped; its row names the secret, the
 * secret itself was in memory only) is rendered again after the restart: a share link or link code as a new one
 * that replaces the lost one, an export as the data is now; a revoked link gets the "ask again" notice instead. The
 * database files never hold a token or code.
 */
@Timeout(90)
class TelegramSecretReissueTest {
    private static final Pattern SHARE_TOKEN = Pattern.compile("/p/([A-Za-z0-9_-]{22})");
    private static final Pattern LINK_CODE = Pattern.compile("Your link code: (\\S+) ");
    private static final String WEB = "http:\n  address: 127.0.0.1:0\n";
    @TempDir
    Path dir;
    TelegramRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new TelegramRig(dir).startApp(Clock.systemUTC(), WEB);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void aShareLinkCutOffByARestartArrivesAsAFreshLinkAndTheLostOneIsDead() throws Exception {
        FakeUser dana = rig.fake.user(5201, "Dana");
        String lost = cutOffByARestart(dana, "/share");

        List<BotMessage> messages = rig.awaitMessages(dana, 2);
        String fresh = group(SHARE_TOKEN, messages.get(1).text());
        assertThat(messages.get(1).text()).startsWith("I restarted before I could make sure your share link #1 "
                + "reached you, so here it is with a fresh address");
        String lostToken = group(SHARE_TOKEN, lost);
        assertThat(fresh).as("a new token").isNotEqualTo(lostToken);
        int port = rig.app().startWeb().orElseThrow();
        assertThat(status(port, "/p/" + fresh)).as("the fresh link opens the page").isEqualTo(200);
        assertThat(status(port, "/p/" + lostToken)).as("the lost link no longer works").isEqualTo(404);

        rig.awaitSettled();
        FakeBotApi.await("the link message deleted from the outbox", TelegramRig.WAIT,
                () -> StorageFiles.rows(dir.resolve("coach.db"), "telegram_outbox") == 0);
        assertThat(rig.fake.messages(dana.id())).as("one link, no notice").hasSize(2);
        rig.stopApp();
        assertThat(StorageFiles.containing(dir.resolve("coach.db"), List.of(lostToken, fresh)))
                .as("neither token in the database files or the WAL").isEmpty();
    }

    @Test
    void aLinkRevokedWhileTheBotWasDownIsNotIssuedAgain() throws Exception {
        FakeUser dana = rig.fake.user(5202, "Dana");
        String lost = cutOffByARestart(dana, "/share", () -> sql("UPDATE share_links SET revoked_at = 1"));

        assertThat(rig.awaitMessages(dana, 2).get(1).text()).isEqualTo(TelegramPlatform.SEALED_NOTICE);
        rig.awaitSettled();
        assertThat(rig.fake.messages(dana.id())).hasSize(2)
                .noneMatch(message -> SHARE_TOKEN.matcher(message.text()).find());
        int port = rig.app().startWeb().orElseThrow();
        assertThat(status(port, "/p/" + group(SHARE_TOKEN, lost))).isEqualTo(404);
    }

    @Test
    void aLinkCodeCutOffByARestartArrivesAsAFreshCodeAndTheLostOneIsVoid() throws Exception {
        FakeUser dana = rig.fake.user(5203, "Dana");
        String lostCode = group(LINK_CODE, cutOffByARestart(dana, "/link"));

        BotMessage again = rig.awaitMessages(dana, 2).get(1);
        assertThat(again.text()).startsWith("I restarted before I could make sure your link code reached you");
        String fresh = group(LINK_CODE, again.text());
        assertThat(fresh).isNotEqualTo(lostCode);

        FakeUser other = rig.fake.user(5204, "Dana on her phone");
        other.send("/link " + lostCode);
        assertThat(rig.awaitMessages(other, 1).get(0).text()).as("the lost code").doesNotStartWith("Linked!");
        other.send("/link " + fresh);
        assertThat(rig.awaitMessages(other, 2).get(1).text()).as("the fresh code").startsWith("Linked!");
        rig.awaitSettled();
        rig.stopApp();
        assertThat(StorageFiles.containing(dir.resolve("coach.db"), List.of(lostCode, fresh))).isEmpty();
    }

    @Test
    void anExportCutOffByARestartIsMadeAgainFromTheDatabase() throws Exception {
        FakeUser dana = rig.fake.user(5205, "Dana");
        cutOffByARestart(dana, "/export");

        List<BotMessage> messages = rig.awaitMessages(dana, 3);
        assertThat(messages.get(1).text()).startsWith("I restarted while sending your export, so here it is again");
        assertThat(messages.get(2).kind()).isEqualTo("document");
        rig.awaitSettled();
        assertThat(rig.fake.messages(dana.id())).as("the export once, no notice").hasSize(3);
    }

    /**
     * Sends /start, then {@code command} whose reply Telegram answers with a 429 (its wait outlasting the bot),
     * stops the bot, runs {@code whileDown} and starts it again. Returns the text of the reply that was cut off.
     */
    private String cutOffByARestart(FakeUser user, String command, Runnable whileDown) throws Exception {
        user.send("/start");
        rig.awaitMessages(user, 1);
        rig.fake.inject("sendMessage", user.id(), new Fault.TooManyRequests(30), 1);
        rig.time.hold();
        user.send(command);
        FakeBotApiWait.until("the 429", () -> rig.fake.calls("sendMessage").stream()
                .anyMatch(call -> call.status() == 429));
        String lost = rig.fake.calls("sendMessage").stream().filter(call -> call.status() == 429)
                .map(ApiCall::params).map(params -> params.path("text").asText()).findFirst().orElseThrow();
        rig.stopApp();
        rig.time.release();
        whileDown.run();
        rig.startApp(Clock.systemUTC(), WEB);
        return lost;
    }

    private String cutOffByARestart(FakeUser user, String command) throws Exception {
        return cutOffByARestart(user, command, () -> { });
    }

    private void sql(String statement) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("coach.db"));
             Statement run = connection.createStatement()) {
            assertThat(run.executeUpdate(statement)).isEqualTo(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int status(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
