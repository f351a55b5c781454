package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.jobfuture.coach.platform.fakes.Fault;
import com.jobfuture.coach.platform.telegram.fake.CallbackAnswer;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.platform.telegram.fake.FakeGroup;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberOwner;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The fake Bot API is faithful where the adapter and later features rely on it, checked with the real client. */
@Timeout(30)
class TelegramFakeBotApiTest {
    private FakeBotApi fake;
    private OkHttpTelegramClient client;
    private OkHttpClient http;

    @BeforeEach
    void start() throws IOException {
        fake = new FakeBotApi(Clock.systemUTC()).start();
        String port = fake.url().substring(fake.url().lastIndexOf(':') + 1);
        http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(20)).retryOnConnectionFailure(false).build();
        client = new OkHttpTelegramClient(http, fake.token(),
                new TelegramUrl("http", "127.0.0.1", Integer.parseInt(port), false));
    }

    @AfterEach
    void stop() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        fake.close();
    }

    @Test
    void getMeAnswersAsABotAndAWrongTokenIsUnauthorized() throws Exception {
        User me = client.execute(new GetMe());
        assertThat(me.getIsBot()).isTrue();
        assertThat(me.getUserName()).isEqualTo(fake.username());

        String port = fake.url().substring(fake.url().lastIndexOf(':') + 1);
        OkHttpTelegramClient stranger = new OkHttpTelegramClient(http, "1:wrong",
                new TelegramUrl("http", "127.0.0.1", Integer.parseInt(port), false));
        assertThatThrownBy(() -> stranger.execute(new GetMe())).isInstanceOfSatisfying(
                TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(401));
    }

    @Test
    void getUpdatesLongPollsHonoursOffsetAndLimitAndDatesAreSeconds() throws Exception {
        FakeUser dana = fake.user(1, "Dana");
        CompletableFuture<List<Update>> waiting = CompletableFuture.supplyAsync(() -> poll(0, 100, 10));
        await("held while there is nothing to return").during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> !waiting.isDone());
        long first = dana.send("/start");
        List<Update> updates = waiting.get(5, TimeUnit.SECONDS);
        assertThat(updates).extracting(Update::getUpdateId).containsExactly((int) first);
        Message message = updates.get(0).getMessage();
        assertThat(message.getEntities()).extracting(e -> e.getType() + ":" + e.getText())
                .containsExactly("bot_command:/start");
        assertThat((long) message.getDate()).isCloseTo(Clock.systemUTC().instant().getEpochSecond(),
                org.assertj.core.data.Offset.offset(5L));

        long second = dana.send("one");
        dana.send("two");
        assertThat(poll(0, 100, 0)).as("unconfirmed updates come again").hasSize(3);
        assertThat(poll(second, 1, 0)).extracting(Update::getUpdateId).containsExactly((int) second);
        assertThat(fake.unconfirmedUpdates()).as("the offset confirmed the first update").isEqualTo(2);
        assertThat(poll(second + 2, 100, 0)).isEmpty();
        assertThat(fake.unconfirmedUpdates()).isZero();
    }

    @Test
    void aSecondPollEndsTheFirstWithConflict() throws Exception {
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> poll(0, 100, 10));
        await("the first poll waiting").pollDelay(Duration.ofMillis(300)).until(() -> !first.isDone());
        poll(0, 100, 0);
        assertThat(first).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(Exception.class)
                .withMessageContaining("409");
    }

    @Test
    void messagesEditsCallbacksAndTheirErrors() throws Exception {
        FakeUser dana = fake.user(7, "Dana");
        assertThatThrownBy(() -> client.execute(send(7, "hi"))).isInstanceOfSatisfying(
                TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(403));
        dana.send("/start");

        Message sent = client.execute(SendMessage.builder().chatId(7L).text("<b>Q1</b> &lt;tag&gt;").parseMode("HTML")
                .replyMarkup(keyboard("q:1:0")).build());
        assertThat(sent.getText()).isEqualTo("Q1 <tag>");
        assertThat(sent.getEntities()).extracting(e -> e.getType()).containsExactly("bold");
        assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(7L).text("a < b").parseMode("HTML")
                .build())).hasMessageContaining("can't parse entities");
        assertThatThrownBy(() -> client.execute(send(7, "x".repeat(4097)))).hasMessageContaining("too long");
        assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(7L).text("x")
                .replyMarkup(keyboard("d".repeat(65))).build())).hasMessageContaining("BUTTON_DATA_INVALID");

        dana.press(fake.lastMessage(7), "A");
        String queryId = poll(0, 100, 0).get(1).getCallbackQuery().getId();
        assertThat(client.execute(new AnswerCallbackQuery(queryId))).isTrue();
        assertThatThrownBy(() -> client.execute(new AnswerCallbackQuery(queryId))).hasMessageContaining("too old");

        EditMessageText edit = EditMessageText.builder().chatId(7L).messageId(sent.getMessageId()).text("Done")
                .build();
        client.execute(edit);
        assertThat(fake.lastMessage(7).text()).isEqualTo("Done");
        assertThat(fake.lastMessage(7).buttons()).isEmpty();
        assertThatThrownBy(() -> client.execute(edit)).hasMessageContaining("message is not modified");
        assertThatThrownBy(() -> client.execute(EditMessageText.builder().chatId(7L).messageId(999).text("x")
                .build())).hasMessageContaining("message to edit not found");
    }

    @Test
    void photosAndDocumentsAreMultipartUploads() throws Exception {
        fake.user(8, "Lee").send("/start");
        java.io.ByteArrayOutputStream image = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(300, 200,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", image);
        byte[] png = image.toByteArray();
        Message photo = client.execute(SendPhoto.builder().chatId(8L).caption("Your progress")
                .photo(new InputFile(new ByteArrayInputStream(png), "progress.png")).build());
        Message document = client.execute(SendDocument.builder().chatId(8L)
                .document(new InputFile(new ByteArrayInputStream("a,b\n".getBytes()), "progress.csv")).build());

        assertThat(photo.getPhoto()).hasSize(1);
        assertThat(photo.getPhoto().get(0).getWidth()).isEqualTo(300);
        assertThat(photo.getPhoto().get(0).getHeight()).isEqualTo(200);
        assertThat(photo.getCaption()).isEqualTo("Your progress");
        assertThat(document.getDocument().getFileName()).isEqualTo("progress.csv");
        assertThat(fake.uploads()).extracting(u -> u.fileName() + ":" + u.size())
                .containsExactly("progress.png:" + png.length, "progress.csv:4");
        assertThat(fake.uploads().get(0).content()).isEqualTo(png);
        assertThat(fake.calls("sendPhoto").get(0).params().path("caption").asText()).isEqualTo("Your progress");
        assertThatThrownBy(() -> client.execute(SendPhoto.builder().chatId(8L)
                .photo(new InputFile(new ByteArrayInputStream(new byte[64]), "broken.png")).build()))
                .isInstanceOfSatisfying(TelegramApiRequestException.class,
                        e -> assertThat(e.getApiResponse()).contains("IMAGE_PROCESS_FAILED"));
    }

    @Test
    void injectedFaultsLookLikeTelegramsOwn() throws Exception {
        fake.user(9, "Kim").send("/start");
        fake.inject("sendMessage", new Fault.TooManyRequests(7), 1);
        assertThatThrownBy(() -> client.execute(send(9, "a"))).isInstanceOfSatisfying(
                TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(429);
                    assertThat(e.getParameters().getRetryAfter()).isEqualTo(7);
                });
        fake.inject("sendMessage", new Fault.ServerError(502, true), 1);
        assertThatThrownBy(() -> client.execute(send(9, "b"))).isInstanceOfSatisfying(
                TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isZero());
        fake.inject("sendMessage", new Fault.DropConnection(), 1);
        assertThatThrownBy(() -> client.execute(send(9, "c"))).isInstanceOf(TelegramApiException.class)
                .hasRootCauseInstanceOf(IOException.class);
        fake.inject("sendMessage", 9, new Fault.Slow(Duration.ofMillis(300)), 1);
        client.execute(send(9, "d"));

        assertThat(fake.messages(9)).extracting(m -> m.text()).containsExactly("d");
        assertThat(fake.calls("sendMessage")).extracting(c -> c.status()).containsExactly(429, 502, 0, 200);
    }

    @Test
    void groupsMembersRepliesAndTheWaysABotLosesAGroup() throws Exception {
        FakeUser olga = fake.user(21, "Olga");
        FakeUser lee = fake.user(22, "Lee");
        FakeGroup group = fake.group(-100_20, "Study group").owner(olga).member(lee);
        FakeUser stranger = fake.user(23, "Sam");
        assertThat(client.execute(member(group.id(), olga.id()))).isInstanceOf(ChatMemberOwner.class);
        group.admin(lee);
        assertThat(client.execute(member(group.id(), lee.id()))).isInstanceOfSatisfying(
                ChatMemberAdministrator.class, admin -> assertThat(admin.getUser().getFirstName()).isEqualTo("Lee"));
        group.member(lee);
        assertThat(client.execute(member(group.id(), lee.id())).getStatus()).isEqualTo("member");
        assertThat(client.execute(member(group.id(), stranger.id())).getStatus()).isEqualTo("left");

        int command = group.post(lee, "/daily");
        Message reply = client.execute(SendMessage.builder().chatId(group.id()).text("noted").replyToMessageId(command)
                .build());
        assertThat(reply.getReplyToMessage().getText()).isEqualTo("/daily");
        assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(group.id()).text("x")
                .replyToMessageId(999).build())).hasMessageContaining("message to be replied not found");
        client.execute(SendMessage.builder().chatId(group.id()).text("x").replyToMessageId(999)
                .allowSendingWithoutReply(true).replyMarkup(keyboard("daily:1:0")).build());
        String pressed = group.press(lee, fake.lastMessage(group.id()), "A");
        Update press = poll(0, 100, 0).get(1);
        assertThat(press.getCallbackQuery().getMessage().getChatId()).isEqualTo(group.id());
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(pressed).text("Got it").showAlert(true).build());
        assertThat(fake.callbackAnswer(pressed)).hasValue(new CallbackAnswer("Got it", true));

        FakeGroup basic = fake.basicGroup(-30, "Small group");
        basic.upgradeToSupergroup(olga, -100_30);
        assertThatThrownBy(() -> client.execute(send(-30, "hi"))).isInstanceOfSatisfying(
                TelegramApiRequestException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(400);
                    assertThat(e.getParameters().getMigrateToChatId()).isEqualTo(-100_30L);
                });
        client.execute(send(-100_30, "hi"));
        group.removeBot(olga, true, true);
        assertThatThrownBy(() -> client.execute(send(group.id(), "hi"))).isInstanceOfSatisfying(
                TelegramApiRequestException.class, e -> assertThat(e.getApiResponse())
                        .isEqualTo("Forbidden: bot was kicked from the supergroup chat"));
        assertThat(poll(0, 100, 0)).last().satisfies(update -> assertThat(update.getMyChatMember()
                .getNewChatMember().getStatus()).isEqualTo("kicked"));
        assertThatThrownBy(() -> client.execute(send(-100_999, "hi"))).hasMessageContaining("chat not found");
    }

    private static GetChatMember member(long chatId, long userId) {
        return GetChatMember.builder().chatId(chatId).userId(userId).build();
    }

    private List<Update> poll(long offset, int limit, int timeout) {
        try {
            return client.execute(GetUpdates.builder().offset((int) offset).limit(limit).timeout(timeout).build());
        } catch (TelegramApiException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static SendMessage send(long chat, String text) {
        return SendMessage.builder().chatId(chat).text(text).build();
    }

    private static InlineKeyboardMarkup keyboard(String data) {
        return new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(
                InlineKeyboardButton.builder().text("A").callbackData(data).build())));
    }
}
