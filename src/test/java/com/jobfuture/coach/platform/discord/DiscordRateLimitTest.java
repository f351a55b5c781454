package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.platform.discord.fake.Interaction;
import com.jobfuture.coach.platform.discord.fake.RestCall;
import com.jobfuture.coach.platform.fakes.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * JDA's own rate limiter handles 429s and retries 5xx: the adapter neither retries itself nor loses a reply, and
 * one user's reply waiting out a 429 holds up nobody else (each user has a lane; no lane blocks a thread) — in
 * DMs and for slash commands' replies alike.
 */
class DiscordRateLimitTest extends RunningDiscordTest {
    FakeUser noor;
    FakeUser tom;
    FakeUser ada;
    final List<FakeUser> others = new ArrayList<>();

    @Override
    void addUsers() {
        noor = fake.addUser("noor");
        tom = fake.addUser("tom");
        ada = fake.addUser("ada");
        for (int i = 0; i < 8; i++) {
            others.add(fake.addUser("member" + i));
        }
    }

    @Test
    void oneUsersRateLimitHoldsUpNoOtherUser() {
        String route = "channels/" + ada.dmChannelId() + "/messages";
        fake.inject("POST", route, new Fault.TooManyRequests(5), 1);
        fake.sendDm(ada, "/help");
        fake.await("Ada's reply held by a 429", () -> fake.calls("POST", route).isEmpty() ? Optional.empty()
                : Optional.of(true));

        others.forEach(member -> fake.sendDm(member, "/help"));
        others.forEach(member -> fake.awaitText(member, "Here's what I can do"));
        assertThat(fake.calls("POST", route)).as("everyone else answered while Ada's reply waits out its 429")
                .extracting(RestCall::status).containsExactly(429);

        fake.awaitText(ada, "Here's what I can do");
        assertThat(fake.calls("POST", route)).extracting(RestCall::status).containsExactly(429, 200);
    }

    @Test
    void oneUsersRateLimitedSlashReplyHoldsUpNoOtherUsersSlashReply() {
        String original = "webhooks/\\d+/[^/]+/messages/@original";
        fake.inject("PATCH", original, new Fault.TooManyRequests(5), 1);
        Interaction slow = fake.slash(tom, Where.SERVER, "topics");
        String slowRoute = "webhooks/\\d+/" + slow.token() + "/messages/@original";
        fake.await("Tom's reply held by a 429", () -> fake.calls("PATCH", slowRoute).isEmpty() ? Optional.empty()
                : Optional.of(true));

        others.forEach(member -> fake.slash(member, Where.SERVER, "help"));
        others.forEach(member -> fake.awaitText(member, "Here's what I can do"));
        assertThat(fake.calls("PATCH", slowRoute)).as("everyone else answered while Tom's reply waits out its 429")
                .extracting(RestCall::status).containsExactly(429);

        // /topics in a server moves to DMs: the held PATCH is the "moved to your DMs" note, retried after 5 s
        fake.await("Tom's reply retried after its 429", () -> fake.calls("PATCH", slowRoute).size() < 2
                ? Optional.empty() : Optional.of(true));
        assertThat(fake.calls("PATCH", slowRoute)).extracting(RestCall::status).containsExactly(429, 200);
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
