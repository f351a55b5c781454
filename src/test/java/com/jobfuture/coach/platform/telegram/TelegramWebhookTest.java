package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhook mode end to end: the app (configured through TELEGRAM_MODE and TELEGRAM_WEBHOOK_SECRET) serves the
 * webhook on its web server and sets it; the fake then POSTs every update there instead of answering getUpdates.
 */
@Timeout(90)
class TelegramWebhookTest {
    static final String SECRET = "s3cret-token_for-the-webhook-0123456789";
    @TempDir
    Path dir;
    TelegramRig rig;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        rig = new TelegramRig(dir).webhookMode(SECRET, null).startApp();
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void aQuizRunsOverTheWebhookAndNothingIsPolled() {
        String url = rig.fake.webhookUrl();
        assertThat(url).startsWith("http://127.0.0.1:" + rig.lastWebPort() + "/hooks/telegram/")
                .doesNotContain(SECRET);
        FakeUser dana = rig.fake.user(1001, "Dana");

        dana.send("/start");
        assertThat(rig.awaitMessages(dana, 1).get(0).text()).startsWith("Hi Dana!");
        dana.send("/quiz orm");
        BotMessage question = rig.awaitMessages(dana, 2).get(1);
        assertThat(question.text()).startsWith("ORM · N+1 queries · junior");
        dana.press(question, "51");
        assertThat(rig.awaitEdited(dana, 1, 1).text()).contains("✓ Right");
        rig.awaitSettled();

        assertThat(rig.fake.calls("getUpdates")).isEmpty();
        assertThat(rig.fake.calls("setWebhook")).hasSize(1);
        assertThat(rig.fake.calls("setWebhook").get(0).params().path("secret_token").asText()).isEqualTo(SECRET);
        assertThat(rig.fake.webhookPosts()).hasSize(3).allMatch(post -> post.status() == 200);
    }

    @Test
    void aWrongOrMissingSecretIsRefusedAndNothingIsStored() throws Exception {
        FakeUser dana = rig.fake.user(1001, "Dana");
        dana.send("/help"); // she has started the bot (the fake refuses chats that never wrote)
        rig.awaitMessages(dana, 1);
        String update = """
                {"update_id": 9001, "message": {"message_id": 1, "date": 1700000000, "text": "/start",
                 "chat": {"id": 1001, "type": "private", "first_name": "Dana"},
                 "from": {"id": 1001, "is_bot": false, "first_name": "Dana"}}}""";

        assertThat(post(update, "wrong-secret-of-the-same-length-0123456")).isEqualTo(401);
        assertThat(post(update, null)).isEqualTo(401);
        assertThat(post(update, SECRET.substring(1))).isEqualTo(401);

        // nothing was taken up: the same update with the right secret is handled as new
        assertThat(post(update, SECRET)).isEqualTo(200);
        assertThat(rig.awaitMessages(dana, 2)).hasSize(2).last().extracting(BotMessage::text).asString()
                .startsWith("Hi Dana!");
    }

    @Test
    void anUpdateWithFieldsNewerThanTheLibraryIsStillHandled() throws Exception {
        FakeUser dana = rig.fake.user(1001, "Dana");
        dana.send("/help");
        rig.awaitMessages(dana, 1);
        String update = """
                {"update_id": 9002, "field_from_a_later_bot_api": {"x": 1},
                 "message": {"message_id": 2, "date": 1700000000, "text": "/start", "new_message_field": true,
                 "chat": {"id": 1001, "type": "private", "first_name": "Dana"},
                 "from": {"id": 1001, "is_bot": false, "first_name": "Dana"}}}""";

        assertThat(post(update, SECRET)).isEqualTo(200);
        assertThat(rig.awaitMessages(dana, 2).get(1).text()).startsWith("Hi Dana!");
    }

    @Test
    void anUpdateSentAgainIsHandledOnce() {
        FakeUser dana = rig.fake.user(1001, "Dana");
        long start = dana.send("/start");
        rig.awaitMessages(dana, 1);
        rig.awaitSettled();

        rig.fake.redeliver(start); // as if the bot's 200 had been lost
        FakeBotApiWait.until("the update posted twice, answered 200 both times", () -> rig.fake.webhookPosts()
                .stream().filter(post -> post.updateId() == start && post.status() == 200).count() == 2);
        dana.send("/help");
        List<BotMessage> messages = rig.awaitMessages(dana, 2);
        rig.awaitSettled();

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).text()).startsWith("Hi Dana!");
        assertThat(messages.get(1).text()).doesNotStartWith("Hi Dana!");
    }

    @Test
    void anOversizedOrMalformedBodyIsRefused() throws Exception {
        assertThat(post("{\"update_id\": 1, \"pad\": \"" + "x".repeat(300 * 1024) + "\"}", SECRET)).isEqualTo(413);
        assertThat(post("not json", SECRET)).isEqualTo(400);
        assertThat(post("{\"message\": {}}", SECRET)).isEqualTo(400);
    }

    @Test
    void anUnknownHookPathIsNotFound() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + rig.lastWebPort() + "/hooks/telegram/0000")).header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString("{\"update_id\": 1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(404);
    }

    private int post(String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rig.fake.webhookUrl()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

}
