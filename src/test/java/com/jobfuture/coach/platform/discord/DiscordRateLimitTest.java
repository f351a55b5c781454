package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.platform.discord.fake.Fault;
import com.jobfuture.coach.platform.discord.fake.RestCall;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** JDA's own rate limiter handles 429s and retries 5xx: the adapter neither retries itself nor loses a reply. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordRateLimitTest {
    DiscordHarness harness;
    FakeDiscord fake;
    FakeUser noor;
    FakeUser tom;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        harness = DiscordHarness.create(dir);
        fake = harness.fake;
        noor = fake.addUser("noor");
        tom = fake.addUser("tom");
        harness.startApp();
    }

    @AfterAll
    void stop() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void a429OnMessageSendIsWaitedOutAndTheMessageSentOnce() {
        String route = "channels/" + noor.dmChannelId() + "/messages";
        fake.plan(Fault.rateLimited("POST", route, 1));

        fake.sendDm(noor, "/help");
        BotMessage help = fake.awaitText(noor, "Here's what I can do");

        List<RestCall> sends = fake.calls("POST", route);
        assertThat(sends).extracting(RestCall::status).containsExactly(429, 200);
        Duration waited = Duration.ofNanos(sends.get(1).receivedNanos() - sends.get(0).receivedNanos());
        assertThat(waited).as("retry only after retry_after").isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(fake.messagesFor(noor)).containsExactly(help);
    }

    @Test
    void a5xxOnAnInteractionReplyIsRetriedByJda() {
        fake.plan(Fault.serverError("PATCH", "webhooks/\\d+/[^/]+/messages/@original", 502, 1));

        fake.slash(tom, Where.DM, "topics");
        BotMessage topics = fake.awaitText(tom, "Topics · your mastery");

        assertThat(fake.calls("PATCH", "webhooks/\\d+/[^/]+/messages/@original"))
                .extracting(RestCall::status).containsExactly(502, 200);
        assertThat(topics.loading()).isFalse();
    }
}
