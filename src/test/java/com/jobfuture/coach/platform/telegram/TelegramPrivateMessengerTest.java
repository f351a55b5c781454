package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.notify.DeliveryResult;
import com.jobfuture.coach.core.notify.Priority;
import com.jobfuture.coach.core.notify.PrivateAddress;
import com.jobfuture.coach.core.notify.PrivateMessage;
import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.platform.fakes.Fault;
import com.jobfuture.coach.platform.telegram.fake.ApiCall;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.telegram.JdbcTelegramOutbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;

/**
 * The private messenger against the fake, through the real sender and client: each Telegram answer becomes the
 * result the port's contract asks for, and low-priority messages go after the replies that are waiting.
 */
@Timeout(60)
class TelegramPrivateMessengerTest {
    @TempDir
    Path dir;
    private FakeBotApi fake;
    private Database database;
    private TelegramOutbox store;
    private final List<OutboxSender> senders = new ArrayList<>();
    private final List<OkHttpClient> clients = new ArrayList<>();
    private OutboxSender sender;
    private TelegramPrivateMessenger messenger;
    private FakeUser dana;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeBotApi(Clock.systemUTC()).start();
        database = Database.open(dir.resolve("coach.db"));
        store = new JdbcTelegramOutbox(database, 7000001, Clock.systemUTC());
        sender = sender(fake.url(), new SendLimits(30, Duration.ofMillis(1), 6000));
        messenger = new TelegramPrivateMessenger(sender, new ReplyRenderer(new ReplyFormatter()),
                Duration.ofSeconds(20));
        dana = fake.user(9101, "Dana");
        dana.send("/start");
    }

    @AfterEach
    void stop() {
        senders.forEach(s -> s.close(Duration.ofSeconds(5)));
        clients.forEach(c -> c.dispatcher().executorService().shutdown());
        database.close();
        fake.close();
    }

    @Test
    void aReminderIsDeliveredWithItsButtons() {
        assertThat(send(dana.id())).isEqualTo(new DeliveryResult.Delivered());

        BotMessage sent = fake.lastMessage(dana.id());
        assertThat(sent.text()).startsWith("3 reviews due");
        assertThat(sent.buttons()).extracting(BotMessage.InlineButton::callbackData)
                .containsExactly("quiz:all", "settings:reminders:off");
    }

    @Test
    void blockedDeactivatedOrUnknownChatsAreUnreachableAndAKnownBlockIsNotEvenTried() {
        dana.blockSilently();
        FakeUser gone = fake.user(9102, "Gone");
        gone.send("/start");
        fake.inject("sendMessage", gone.id(), new Fault.Refused(403, 0, "Forbidden: user is deactivated"), 1);

        assertThat(send(dana.id())).isInstanceOfSatisfying(DeliveryResult.Unreachable.class,
                r -> assertThat(r.reason()).contains("bot was blocked by the user"));
        assertThat(send(gone.id())).isInstanceOf(DeliveryResult.Unreachable.class);
        assertThat(send(9199)).isInstanceOfSatisfying(DeliveryResult.Unreachable.class,
                r -> assertThat(r.reason()).contains("chat not found"));
        assertThat(send(dana.id())).as("known blocked: no request").isInstanceOf(DeliveryResult.Unreachable.class);

        assertThat(fake.arrivals("sendMessage", dana.id())).isEqualTo(1);
        assertThat(store.blockedChats()).contains(dana.id(), gone.id());
    }

    @Test
    void a429IsWaitedOutOnceThenReportedAndALongOneAtOnce() {
        fake.inject("sendMessage", dana.id(), new Fault.TooManyRequests(1), 1);
        assertThat(send(dana.id())).isEqualTo(new DeliveryResult.Delivered());
        assertThat(fake.arrivals("sendMessage", dana.id())).isEqualTo(2);

        fake.inject("sendMessage", dana.id(), new Fault.TooManyRequests(1), 2);
        assertThat(send(dana.id())).isInstanceOfSatisfying(DeliveryResult.NotDelivered.class,
                r -> assertThat(r.reason()).contains("rate limited"));
        assertThat(fake.arrivals("sendMessage", dana.id())).isEqualTo(4);

        fake.inject("sendMessage", dana.id(), new Fault.TooManyRequests(120), 1);
        assertThat(send(dana.id())).isInstanceOf(DeliveryResult.NotDelivered.class);
        assertThat(fake.arrivals("sendMessage", dana.id())).isEqualTo(5);
    }

    @Test
    void aReminderWaitingOutA429HoldsUpNoReminderToAnotherChat() throws Exception {
        FakeUser olga = fake.user(9105, "Olga");
        olga.send("/start");
        fake.inject("sendMessage", dana.id(), new Fault.TooManyRequests(20), 1);

        CompletableFuture<DeliveryResult> toDana = messenger.send(reminder(dana.id())).toCompletableFuture();
        FakeBotApiWait.until("Dana's reminder refused with a 429 and back in the lane",
                () -> fake.arrivals("sendMessage", dana.id()) == 1 && sender.lowWaiting() == 1);
        DeliveryResult toOlga = messenger.send(reminder(olga.id())).toCompletableFuture().get(20, TimeUnit.SECONDS);

        assertThat(toOlga).isEqualTo(new DeliveryResult.Delivered());
        assertThat(toDana).as("still waiting out its 20 s").isNotDone();
    }

    @Test
    void serverErrorsAndRefusedConnectionsAreNotDeliveredATimeoutIsUnknown() throws Exception {
        fake.inject("sendMessage", dana.id(), new Fault.ServerError(502, false), 1);
        assertThat(send(dana.id())).isInstanceOf(DeliveryResult.NotDelivered.class);

        fake.inject("sendMessage", dana.id(), new Fault.Slow(Duration.ofSeconds(3)), 1);
        assertThat(send(dana.id())).as("sent, no answer within the client's 1 s read timeout")
                .isInstanceOf(DeliveryResult.Unknown.class);

        TelegramPrivateMessenger nowhere = new TelegramPrivateMessenger(sender(closedPortUrl(),
                new SendLimits(30, Duration.ofMillis(1), 6000)), new ReplyRenderer(new ReplyFormatter()),
                Duration.ofSeconds(20));
        assertThat(nowhere.send(reminder(dana.id())).toCompletableFuture().get(20, TimeUnit.SECONDS))
                .as("connection refused").isInstanceOf(DeliveryResult.NotDelivered.class);
        assertThat(fake.calls("sendMessage")).extracting(ApiCall::status).first().isEqualTo(502);
        assertThat(fake.arrivals("sendMessage", dana.id())).as("nothing retried").isEqualTo(2);
    }

    @Test
    void remindersGoAfterTheRepliesThatAreWaiting() throws Exception {
        FakeUser olga = fake.user(9103, "Olga");
        olga.send("/start");
        FakeUser lee = fake.user(9104, "Lee");
        lee.send("/start");
        // 5 messages a second overall: every send waits for the bot-wide slot.
        OutboxSender slow = sender(fake.url(), new SendLimits(5, Duration.ofMillis(1), 6000));
        TelegramPrivateMessenger paced = new TelegramPrivateMessenger(slow, new ReplyRenderer(new ReplyFormatter()),
                Duration.ofSeconds(20));
        ReplyRenderer renderer = new ReplyRenderer(new ReplyFormatter());
        List<OutgoingMessage> replies = new ArrayList<>();
        for (String text : List.of("reply 1", "reply 2", "reply 3")) {
            replies.addAll(renderer.note(text, dana.id()));
        }
        replies.addAll(renderer.note("reply to Olga", olga.id()));
        slow.enqueue(store.enqueue(replies));

        CompletableFuture<DeliveryResult> toDana = paced.send(reminder(dana.id())).toCompletableFuture();
        CompletableFuture<DeliveryResult> toLee = paced.send(reminder(lee.id())).toCompletableFuture();

        assertThat(toDana.get(20, TimeUnit.SECONDS)).isEqualTo(new DeliveryResult.Delivered());
        assertThat(toLee.get(20, TimeUnit.SECONDS)).isEqualTo(new DeliveryResult.Delivered());
        List<String> order = fake.calls("sendMessage").stream().map(call -> call.params().path("text").asText())
                .toList();
        assertThat(order).hasSize(6);
        assertThat(order.subList(0, 4)).containsExactlyInAnyOrder("reply 1", "reply 2", "reply 3", "reply to Olga");
        assertThat(order.subList(4, 6)).allMatch(text -> text.startsWith("3 reviews due"));
        assertThat(order.indexOf("reply 1")).isLessThan(order.indexOf("reply 2"));
        assertThat(order.indexOf("reply 2")).isLessThan(order.indexOf("reply 3"));
    }

    private DeliveryResult send(long chatId) {
        try {
            return messenger.send(reminder(chatId)).toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static PrivateMessage reminder(long chatId) {
        Reply reply = Reply.withButtons("3 reviews due, about 2 minutes.\nA short session now keeps them from "
                + "slipping.", List.of(new Button("quiz:all", "Start"),
                new Button("settings:reminders:off", "Turn off reminders")));
        return new PrivateMessage(new PrivateAddress("telegram", String.valueOf(chatId)), reply,
                "reminder-1-2026-03-02", Priority.LOW);
    }

    private OutboxSender sender(String url, SendLimits limits) {
        OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false)
                .readTimeout(Duration.ofSeconds(1)).build();
        clients.add(http);
        BotApi api = new BotApi(new OkHttpTelegramClient(http, fake.token(),
                TelegramOptions.parseApiUrl(Optional.of(url))));
        if (url.equals(fake.url())) {
            assertThat(api.call(new GetMe())).isInstanceOf(CallResult.Done.class); // a warm connection
        }
        OutboxSender created = new OutboxSender(api, store, new SendLimiter(limits, PlatformTime.system()::nanoTime),
                new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(100), 3), PlatformTime.system(), 2);
        created.start();
        senders.add(created);
        return created;
    }

    /** A loopback URL nothing listens on (the port was just released). */
    private static String closedPortUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
