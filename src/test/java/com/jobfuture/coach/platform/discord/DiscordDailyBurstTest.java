package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.daily.CommunityRef;
import com.jobfuture.coach.core.daily.DailyScheduler;
import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord;
import com.jobfuture.coach.platform.discord.fake.FakeGuild;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.platform.discord.fake.RateLimits;
import com.jobfuture.coach.platform.discord.fake.RestCall;
import com.jobfuture.coach.platform.fakes.Fault;
import com.jobfuture.coach.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 server channels due at the same minute, posted in one scheduler tick through the real JDA while the fake
 * Discord enforces its limits (a small per-channel bucket and the global 50 requests/s, with X-RateLimit headers)
 * and members keep DMing the bot: every question arrives exactly once, no request breaks a limit, and the 429s
 * the fake throws in (one channel's bucket, one global) are waited out.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordDailyBurstTest {
    static final int GUILDS = 4;
    static final int CHANNELS_PER_GUILD = 50;
    static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    /** Timing slack: the fake times arrivals, JDA times its waits from a moment later, so it only waits longer. */
    static final long SLACK = TimeUnit.MILLISECONDS.toNanos(50);
    static final long IN_FLIGHT = TimeUnit.MILLISECONDS.toNanos(100);
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    DiscordHarness harness;

    @AfterEach
    void stop() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void twoHundredChannelsPostedInOneTickRespectTheLimits() throws Exception {
        harness = DiscordHarness.create(dir, DiscordHarness.dailyTickedByTests());
        FakeDiscord fake = harness.fake;
        List<FakeUser> chatty = new ArrayList<>();
        for (String name : List.of("noor", "tom", "ivy", "sam", "eli")) {
            chatty.add(fake.addUser(name));
        }
        List<String> channels = new ArrayList<>();
        for (int i = 0; i < GUILDS; i++) {
            FakeGuild guild = fake.addGuild(CHANNELS_PER_GUILD);
            channels.addAll(guild.channelIds());
        }
        harness.startApp(clock);
        ChatUser admin = new ChatUser(DiscordUsers.PLATFORM, "900", "Admin", false);
        for (String channel : channels) {
            String set = harness.app().bot().handle(Incoming.message(admin, Conversation.community(channel, true),
                    "/daily set 09:00 UTC daily reveal 8h")).get(0).text();
            assertThat(set).startsWith("Question of the day is set");
        }

        fake.enforce(new RateLimits(1, Duration.ofSeconds(1), 50));
        String bucketLimited = channels.get(10);
        String globallyLimited = channels.get(120);
        fake.inject("POST", "channels/" + bucketLimited + "/messages", new Fault.TooManyRequests(1), 1);
        fake.inject("POST", "channels/" + globallyLimited + "/messages", Fault.TooManyRequests.global(1), 1);

        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        AtomicBoolean ticking = new AtomicBoolean(true);
        Thread dms = chat(fake, chatty, ticking);
        long started = System.nanoTime();
        DailyScheduler.TickReport report;
        try {
            report = harness.app().dailyScheduler().tick();
        } finally {
            ticking.set(false);
            dms.join();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // Every channel got its question exactly once (the two 429s were retried once, not duplicated).
        assertThat(report.posted()).isEqualTo(channels.size());
        Map<String, List<RestCall>> posts = fake.calls("POST", "channels/\\d+/messages").stream()
                .filter(c -> channels.contains(channelOf(c)))
                .collect(Collectors.groupingBy(DiscordDailyBurstTest::channelOf));
        assertThat(posts).hasSize(channels.size());
        assertThat(posts.values()).allSatisfy(calls -> assertThat(calls).filteredOn(c -> c.status() == 200)
                .hasSize(1));
        Map<String, Long> questions = fake.messages().stream().filter(m -> channels.contains(m.channelId()))
                .collect(Collectors.groupingBy(BotMessage::channelId, Collectors.counting()));
        assertThat(questions).hasSize(channels.size()).allSatisfy((channel, count) -> assertThat(count).isOne());

        // The limits held: no unplanned 429, never more than 50 requests in any second.
        assertThat(fake.violations()).isEmpty();
        List<RestCall> limited = fake.calls().stream().filter(c -> !c.path().startsWith("interactions/")
                && !c.path().startsWith("webhooks/")).toList();
        assertThat(busiestSecond(limited)).isLessThanOrEqualTo(50);

        // The channel bucket's 429 was waited out before that channel's retry.
        List<RestCall> bucket = posts.get(bucketLimited);
        assertThat(bucket).extracting(RestCall::status).containsExactly(429, 200);
        assertThat(bucket.get(1).receivedNanos() - bucket.get(0).receivedNanos()).isGreaterThan(SECOND - SLACK);
        // The global 429 held back every request (the members' DMs too) for its Retry-After (a DM already on
        // the wire while JDA read the 429 may still land in its first 100 ms on a busy machine; DMs come every
        // 250 ms, so an unheld one would show in the rest of the second).
        List<RestCall> global = posts.get(globallyLimited);
        assertThat(global).extracting(RestCall::status).containsExactly(429, 200);
        long globalAt = global.get(0).receivedNanos();
        assertThat(limited).filteredOn(c -> c.receivedNanos() > globalAt + IN_FLIGHT
                && c.receivedNanos() < globalAt + SECOND - SLACK).isEmpty();
        assertThat(fake.calls("POST", "channels/\\d+/messages")).filteredOn(c -> !channels.contains(channelOf(c)))
                .as("the members' DMs went out during the burst").isNotEmpty();

        // Paced, not throttled by 429s: 200 posts at 40/s take about 5 s, plus the two 1-s waits.
        assertThat(took).isBetween(Duration.ofMillis(4_900), Duration.ofSeconds(20));

        // A channel's own bucket: its second message waits for the reset the fake announced (1 per second).
        CommunityRef first = new CommunityRef(DiscordUsers.PLATFORM, channels.get(0));
        assertThat(harness.app().dailyScheduler().postNow(first)).isInstanceOf(DailyScheduler.Outcome.Done.class);
        assertThat(harness.app().dailyScheduler().postNow(first)).isInstanceOf(DailyScheduler.Outcome.Done.class);
        List<RestCall> again = fake.calls("POST", "channels/" + channels.get(0) + "/messages");
        assertThat(again).extracting(RestCall::status).containsExactly(200, 200, 200);
        assertThat(again.get(2).receivedNanos() - again.get(1).receivedNanos()).isGreaterThan(SECOND - SLACK);
        assertThat(fake.violations()).isEmpty();
    }

    /**
     * Members DM /help while the tick runs (bounded), as ordinary traffic beside the burst: one every 250 ms,
     * each member every 1.25 s, so their DM buckets (1 per second here) build no backlog.
     */
    private static Thread chat(FakeDiscord fake, List<FakeUser> users, AtomicBoolean running) {
        Thread thread = new Thread(() -> {
            for (int i = 0; i < 200 && running.get(); i++) {
                fake.sendDm(users.get(i % users.size()), "/help");
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "members-dm");
        thread.start();
        return thread;
    }

    private static String channelOf(RestCall call) {
        return call.path().split("/")[1];
    }

    private static int busiestSecond(List<RestCall> calls) {
        List<Long> times = calls.stream().map(RestCall::receivedNanos).sorted().toList();
        int busiest = 0;
        int from = 0;
        for (int to = 0; to < times.size(); to++) {
            while (times.get(to) - times.get(from) >= SECOND) {
                from++;
            }
            busiest = Math.max(busiest, to - from + 1);
        }
        return busiest;
    }
}
