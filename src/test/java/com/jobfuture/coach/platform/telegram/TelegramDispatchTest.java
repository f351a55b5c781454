package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.telegram.fake.ApiCall;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.telegram.JdbcTelegramOutbox;
import com.jobfuture.coach.testing.VirtualTime;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/**
 * The sender's dispatcher against the fake, in virtual time with Telegram's own limits: chats waiting for the
 * overall budget are served in the order they became ready, and replies go before questions of the day.
 */
@Timeout(60)
class TelegramDispatchTest {
    private static final int SEND_THREADS = 8;
    @TempDir
    Path dir;
    private final VirtualTime time = new VirtualTime();
    private FakeBotApi fake;
    private Database database;
    private TelegramOutbox store;
    private OutboxSender sender;
    private OkHttpClient http;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeBotApi(time.clock()).start();
        database = Database.open(dir.resolve("coach.db"));
        store = new JdbcTelegramOutbox(database, 7000001, Clock.systemUTC());
        http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
        BotApi api = new BotApi(new OkHttpTelegramClient(http, fake.token(),
                TelegramOptions.parseApiUrl(Optional.of(fake.url()))));
        sender = new OutboxSender(api, store, new SendLimiter(SendLimits.telegramDefaults(), time::nanoTime),
                RetryPolicy.defaults(), time, SEND_THREADS);
        sender.start();
    }

    @AfterEach
    void stop() {
        sender.close(Duration.ofSeconds(5));
        http.dispatcher().executorService().shutdown();
        database.close();
        fake.close();
        time.close();
    }

    @Test
    void chatsWaitingForTheOverallLimitAreServedInTheOrderTheyBecameReady() {
        List<OutgoingMessage> replies = new ArrayList<>();
        List<Long> chats = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            FakeUser user = fake.user(20_000 + i, "User" + i);
            user.send("/start");
            chats.add(user.id());
            replies.add(new OutgoingMessage(user.id(), null, "reply " + i, false, List.of()));
        }

        sender.enqueue(store.enqueue(replies));

        FakeBotApi.await("90 replies", TelegramRig.WAIT, () -> sent().size() == 90);
        List<ApiCall> sent = sent();
        List<Long> arrived = sent.stream().sorted(java.util.Comparator.comparing(ApiCall::at)).map(ApiCall::chatId)
                .toList();
        // requests go out on several threads and connections at once, so neighbours may arrive in either order;
        // but the first third of the chats all arrive before the last third
        int lastOfFirstThird = chats.subList(0, 30).stream().mapToInt(arrived::indexOf).max().orElseThrow();
        int firstOfLastThird = chats.subList(60, 90).stream().mapToInt(arrived::indexOf).min().orElseThrow();
        assertThat(lastOfFirstThird).as("first ready, first served").isLessThan(firstOfLastThird);
        List<Instant> arrivals = sent.stream().map(ApiCall::at).sorted().toList();
        for (int i = 0; i + 30 < arrivals.size(); i++) {
            assertThat(Duration.between(arrivals.get(i), arrivals.get(i + 30))).as("never 31 within a second")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void repliesGoBeforeQuestionsOfTheDayQueuedEarlier() {
        time.hold(); // the posts' next second does not begin before the replies are queued
        List<QueuedMessage> posts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long group = -100_000 - i;
            fake.group(group, "Group " + i);
            posts.add(sender.sendInMemory(new OutgoingMessage(group, null, "Question of the day", false,
                    List.of())));
        }
        List<OutgoingMessage> replies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            FakeUser user = fake.user(20_500 + i, "User" + i);
            user.send("/start");
            replies.add(new OutgoingMessage(user.id(), null, "your reply", false, List.of()));
        }
        sender.enqueue(store.enqueue(replies));
        time.release();

        FakeBotApi.await("every post and reply", TelegramRig.WAIT, () -> sent().size() == 320);
        List<Long> order = sent().stream().map(ApiCall::chatId).toList();
        for (OutgoingMessage reply : replies) {
            assertThat(order.indexOf(reply.chatId())).as("a reply waits for the overall budget, not for the posts")
                    .isLessThan(60);
        }
        assertThat(posts).allMatch(post -> post.outcome().join() instanceof CallResult.Done);
    }

    private List<ApiCall> sent() {
        return fake.calls("sendMessage").stream().filter(ApiCall::ok).toList();
    }
}
