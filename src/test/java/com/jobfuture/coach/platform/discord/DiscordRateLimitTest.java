package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.platform.discord.fake.RestCall;
import com.jobfuture.coach.platform.fakes.Fault;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JDA's own rate limiter handles 429s and retries 5xx: the adapter neither retries itself nor loses a reply. */
class DiscordRateLimitTest extends RunningDiscordTest {
    FakeUser noor;
    FakeUser tom;

    @Override
    void addUsers() {
        noor = fake.addUser("noor");
        tom = fake.addUser("tom");
    }

    @Test
    void a429OnMessageSendIsWaitedOutAndTheMessageSentOnce() {
        String route = "channels/" + noor.dmChannelId() + "/messages";
        fake.inject("POST", route, new Fault.TooManyRequests(1), 1);

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
        fake.inject("PATCH", "webhooks/\\d+/[^/]+/messages/@original", new Fault.ServerError(502, false), 1);

        fake.slash(tom, Where.DM, "topics");
        BotMessage topics = fake.awaitText(tom, "Topics · your mastery");

        assertThat(fake.calls("PATCH", "webhooks/\\d+/[^/]+/messages/@original"))
                .extracting(RestCall::status).containsExactly(502, 200);
        assertThat(topics.loading()).isFalse();
    }
}
