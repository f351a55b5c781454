package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.daily.CommunityMessage;
import com.jobfuture.coach.core.daily.CommunityRef;
import com.jobfuture.coach.core.daily.PublishResult;
import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.platform.fakes.Fault;
import com.jobfuture.coach.platform.telegram.fake.ApiCall;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.platform.telegram.fake.FakeGroup;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.telegram.JdbcTelegramOutbox;
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
import org.telegram.telegrambots.meta.api.methods.GetMe;

/**
 * The publisher of questions of the day against the fake, through the real sender and client: each Telegram
 * answer becomes the result the port's contract asks for.
 */
@Timeout(30)
class TelegramCommunityPublisherTest {
    @TempDir
    Path dir;
    private FakeBotApi fake;
    private Database database;
    private OutboxSender sender;
    private OkHttpClient http;
    private TelegramCommunityPublisher publisher;
    private FakeUser olga;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeBotApi(Clock.systemUTC()).start();
        database = Database.open(dir.resolve("coach.db"));
        TelegramOutbox store = new JdbcTelegramOutbox(database, 7000001, Clock.systemUTC());
        http = new OkHttpClient.Builder().retryOnConnectionFailure(false).readTimeout(Duration.ofSeconds(20)).build();
        BotApi api = new BotApi(new OkHttpTelegramClient(http, fake.token(),
                TelegramOptions.parseApiUrl(Optional.of(fake.url()))));
        SendLimiter limiter = new SendLimiter(new SendLimits(30, Duration.ofMillis(1), 6000),
                PlatformTime.system()::nanoTime);
        // Warm up the connection and the limiter first: the publisher's 5 s timeout is about Telegram's answer,
        // not about a loaded machine's first request.
        assertThat(api.call(new GetMe())).isInstanceOf(CallResult.Done.class);
        assertThat(limiter.reserve(1)).isZero();
        sender = new OutboxSender(api, store, limiter, new RetryPolicy(Duration.ofMillis(50), Duration.ofMillis(100),
                3), PlatformTime.system(), 2);
        sender.start();
        ReplyRenderer renderer = new ReplyRenderer(new ReplyFormatter());
        // Generous against a loaded machine; the slow-answer case below waits longer than it on purpose.
        publisher = new TelegramCommunityPublisher(sender, renderer, Duration.ofSeconds(5));
        olga = fake.user(9001, "Olga");
    }

    @AfterEach
    void stop() {
        sender.close(Duration.ofSeconds(5));
        http.dispatcher().executorService().shutdown();
        database.close();
        fake.close();
    }

    @Test
    void aQuestionIsPostedWithItsButtonsAndTheRevealRepliesToIt() {
        FakeGroup group = fake.group(-100_9001, "Django study group");

        PublishResult question = publisher.publish(question(group.id()));
        assertThat(question).isInstanceOf(PublishResult.Posted.class);
        BotMessage posted = fake.lastMessage(group.id());
        assertThat(((PublishResult.Posted) question).messageRef()).isEqualTo(String.valueOf(posted.messageId()));
        assertThat(posted.text()).startsWith("Question of the day");
        assertThat(posted.buttons()).extracting(BotMessage.InlineButton::callbackData)
                .containsExactly("daily:7:0", "daily:7:1");

        PublishResult reveal = publisher.publish(reveal(group.id(), Optional.of(String.valueOf(posted.messageId()))));
        assertThat(reveal).isInstanceOf(PublishResult.Posted.class);
        assertThat(fake.lastMessage(group.id()).replyToMessageId()).isEqualTo(posted.messageId());

        assertThat(publisher.publish(reveal(group.id(), Optional.of("999"))))
                .as("the question was deleted: the reveal goes out anyway").isInstanceOf(PublishResult.Posted.class);
        assertThat(fake.calls("sendMessage").get(2).params().path("allow_sending_without_reply").asBoolean())
                .isTrue();
    }

    @Test
    void aGroupTheBotCannotPostInMeansTheBotWasRemoved() {
        FakeGroup kicked = fake.group(-100_9002, "Kicked");
        kicked.removeBot(olga, true, false);
        FakeGroup left = fake.group(-100_9003, "Left");
        left.removeBot(olga, false, false);
        FakeGroup basic = fake.basicGroup(-9004, "Grew up");
        basic.upgradeToSupergroup(olga, -100_9005);

        assertThat(publisher.publish(question(kicked.id()))).isInstanceOfSatisfying(PublishResult.BotRemoved.class,
                removed -> assertThat(removed.reason()).contains("bot was kicked from the supergroup chat"));
        assertThat(publisher.publish(question(left.id()))).isInstanceOfSatisfying(PublishResult.BotRemoved.class,
                removed -> assertThat(removed.reason()).contains("bot is not a member"));
        assertThat(publisher.publish(question(basic.id()))).isInstanceOfSatisfying(PublishResult.BotRemoved.class,
                removed -> assertThat(removed.reason()).contains("upgraded to a supergroup", "-1009005"));
        assertThat(publisher.publish(question(-100_9999))).isInstanceOfSatisfying(PublishResult.BotRemoved.class,
                removed -> assertThat(removed.reason()).contains("chat not found"));

        assertThat(publisher.publish(question(kicked.id()))).as("known to be gone: not even tried")
                .isInstanceOf(PublishResult.BotRemoved.class);
        assertThat(fake.arrivals("sendMessage", kicked.id())).isEqualTo(1);
    }

    @Test
    void aShort429IsWaitedOutALongOneIsNotDeliveredAndNeverSentLater() {
        FakeGroup group = fake.group(-100_9006, "Busy");
        fake.inject("sendMessage", group.id(), new Fault.TooManyRequests(1), 1);
        long start = System.nanoTime();
        assertThat(publisher.publish(question(group.id()))).isInstanceOf(PublishResult.Posted.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));

        FakeGroup flooded = fake.group(-100_9007, "Flooded");
        fake.inject("sendMessage", flooded.id(), new Fault.TooManyRequests(30), 1);
        assertThat(publisher.publish(question(flooded.id()))).isInstanceOfSatisfying(
                PublishResult.NotDelivered.class, r -> assertThat(r.reason()).contains("waiting its turn"));
        assertThat(fake.arrivals("sendMessage", flooded.id())).isEqualTo(1);
    }

    @Test
    void failuresAreNotDeliveredWhenTelegramSaidSoAndUnknownWhenTheRequestMayHaveGoneThrough() {
        FakeGroup group = fake.group(-100_9008, "Flaky");

        fake.inject("sendMessage", group.id(), new Fault.ServerError(502, false), 1);
        assertThat(publisher.publish(question(group.id()))).isInstanceOf(PublishResult.NotDelivered.class);

        fake.inject("sendMessage", group.id(), new Fault.DropConnection(), 1);
        assertThat(publisher.publish(question(group.id()))).isInstanceOf(PublishResult.Unknown.class);

        fake.inject("sendMessage", group.id(), new Fault.Slow(Duration.ofSeconds(9)), 1);
        assertThat(publisher.publish(question(group.id()))).as("no answer within the publisher's timeout")
                .isInstanceOfSatisfying(PublishResult.Unknown.class,
                        r -> assertThat(r.reason()).contains("no answer"));

        assertThat(fake.calls("sendMessage")).extracting(ApiCall::status).startsWith(502, 0);
    }

    private static CommunityMessage question(long chatId) {
        Reply reply = Reply.withButtons("Question of the day · ORM · N+1 queries · junior\nHow many queries?",
                List.of(new Button("daily:7:0", "A) 1"), new Button("daily:7:1", "B) 51"))).toConversation();
        return new CommunityMessage(new CommunityRef("telegram", String.valueOf(chatId)),
                CommunityMessage.Kind.QUESTION, reply, "daily-7-question", Optional.empty());
    }

    private static CommunityMessage reveal(long chatId, Optional<String> question) {
        return new CommunityMessage(new CommunityRef("telegram", String.valueOf(chatId)),
                CommunityMessage.Kind.REVEAL, Reply.text("Answer of the day: B) 51\n3 answers").toConversation(),
                "daily-7-reveal", question);
    }
}
