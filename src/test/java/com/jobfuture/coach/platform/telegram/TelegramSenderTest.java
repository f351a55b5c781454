package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.platform.fakes.Fault;
import com.jobfuture.coach.platform.telegram.fake.ApiCall;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.telegram.JdbcTelegramOutbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/** The outbox sender against the fake: documents, refused edits and HTML, giving up on a message that keeps failing. */
@Timeout(30)
class TelegramSenderTest {
    @TempDir
    Path dir;
    private FakeBotApi fake;
    private Database database;
    private TelegramOutbox store;
    private OutboxSender sender;
    private OkHttpClient http;
    private FakeUser dana;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeBotApi(Clock.systemUTC()).start();
        database = Database.open(dir.resolve("coach.db"));
        store = new JdbcTelegramOutbox(database, 7000001, Clock.systemUTC());
        http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
        BotApi api = new BotApi(new OkHttpTelegramClient(http, fake.token(),
                TelegramOptions.parseApiUrl(Optional.of(fake.url()))));
        sender = new OutboxSender(api, store, new SendLimiter(new SendLimits(30, Duration.ofMillis(1), 20),
                PlatformTime.system()::nanoTime), new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(100), 3),
                PlatformTime.system(), 2);
        sender.start();
        dana = fake.user(6001, "Dana");
        dana.send("/start");
    }

    @AfterEach
    void stop() {
        sender.close(Duration.ofSeconds(5));
        http.dispatcher().executorService().shutdown();
        database.close();
        fake.close();
    }

    @Test
    void aReplysFileGoesOutAsADocumentAfterItsText() {
        Attachment csv = new Attachment("progress.csv", "text/csv", "topic,mastery\norm,0.61\n".getBytes(
                StandardCharsets.UTF_8));
        Reply reply = Reply.withButtons("Your export:", List.of(new Button("progress", "My progress")))
                .withAttachment(csv);

        send(new ReplyRenderer(new ReplyFormatter()).render(List.of(reply), dana.id(), null));

        List<BotMessage> messages = awaitMessages(2);
        assertThat(messages.get(0).text()).isEqualTo("Your export:");
        assertThat(messages.get(0).buttons()).extracting(BotMessage.InlineButton::text).containsExactly("My progress");
        assertThat(messages.get(1).kind()).isEqualTo("document");
        assertThat(fake.uploads()).extracting(upload -> upload.fileName() + ":" + upload.size())
                .containsExactly("progress.csv:" + csv.content().length);
        FakeBotApi.await("outbox emptied", TelegramRig.WAIT, () -> store.pending().isEmpty());
    }

    @Test
    void anEditOfAMissingMessageIsSentAsANewOneAndRefusedHtmlAsPlainText() {
        send(List.of(new OutgoingMessage(dana.id(), 999, "Edited text", true, List.of()),
                new OutgoingMessage(dana.id(), null, "<b>bold without an end", true, List.of())));

        List<BotMessage> messages = awaitMessages(2);
        assertThat(messages).extracting(BotMessage::text).containsExactly("Edited text", "bold without an end");
        assertThat(messages.get(1).parseMode()).isNull();
        assertThat(fake.calls("editMessageText")).extracting(ApiCall::status).containsExactly(400);
    }

    @Test
    void aMessageThatKeepsFailingIsGivenUpAndTheNextOneStillGoesOut() {
        fake.inject("sendMessage", dana.id(), new Fault.ServerError(502, false), 3);

        send(List.of(new OutgoingMessage(dana.id(), null, "lost", false, List.of()),
                new OutgoingMessage(dana.id(), null, "next", false, List.of())));

        assertThat(awaitMessages(1)).extracting(BotMessage::text).containsExactly("next");
        assertThat(fake.calls("sendMessage")).extracting(ApiCall::status).containsExactly(502, 502, 502, 200);
    }

    private void send(List<OutgoingMessage> messages) {
        sender.enqueue(store.enqueue(messages));
    }

    private List<BotMessage> awaitMessages(int count) {
        FakeBotApi.await(count + " message(s)", TelegramRig.WAIT, () -> fake.messages(dana.id()).size() >= count);
        return fake.messages(dana.id());
    }
}
