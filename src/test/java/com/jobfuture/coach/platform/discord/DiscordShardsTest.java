package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.app.ReminderChecks;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.daily.DailyScheduler;
import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.TestStorage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bot processes on one PostgreSQL database, serving shards 0 and 1 of 2 of one Discord bot through the real
 * JDA ShardManager against the fake (which routes each server's events to its shard): each process sees only its
 * shard's servers, 200 channels' questions of the day are each posted exactly once, by the process that serves the
 * channel, and DMs (shard 0) are answered.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DiscordShardsTest {
    static final int CHANNELS_PER_GUILD = 50;
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    DiscordHarness harness;
    final List<CoachApplication> processes = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        processes.forEach(CoachApplication::close);
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void twoShardRangesShareTheServersAndEachQuestionIsPostedOnce() throws Exception {
        harness = DiscordHarness.create(dir, DiscordHarness.dailyTickedByTests());
        FakeDiscord fake = harness.fake;
        FakeUser dana = fake.addUser("dana");
        List<String> shardZero = new ArrayList<>();
        List<String> shardOne = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            shardZero.addAll(fake.addGuildOnShard(CHANNELS_PER_GUILD, 0, 2).channelIds());
            shardOne.addAll(fake.addGuildOnShard(CHANNELS_PER_GUILD, 1, 2).channelIds());
        }
        CoachConfig shared = harness.config.withDatabase(TestStorage.POSTGRESQL.location(dir));
        CoachApplication first = start(shared.withDiscordShards(ShardRange.parse("0 of 2")));
        CoachApplication second = start(shared.withDiscordShards(ShardRange.parse("1-1 of 2")));
        assertThat(fake.identifiedShards()).isEqualTo(Map.of(0, 2, 1, 2));

        ChatUser admin = new ChatUser(DiscordUsers.PLATFORM, "900", "Admin", false);
        List<String> channels = new ArrayList<>(shardZero);
        channels.addAll(shardOne);
        for (String channel : channels) {
            String set = first.bot().handle(Incoming.message(admin, Conversation.community(channel, true),
                    "/daily set 09:00 UTC daily reveal 8h")).get(0).text();
            assertThat(set).startsWith("Question of the day is set");
        }

        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        CompletableFuture<DailyScheduler.TickReport> firstTick =
                CompletableFuture.supplyAsync(() -> first.dailyScheduler().tick());
        CompletableFuture<DailyScheduler.TickReport> secondTick =
                CompletableFuture.supplyAsync(() -> second.dailyScheduler().tick());

        assertThat(firstTick.get(60, TimeUnit.SECONDS).posted()).isEqualTo(shardZero.size());
        assertThat(secondTick.get(60, TimeUnit.SECONDS).posted()).isEqualTo(shardOne.size());
        Map<String, Long> questions = fake.messages().stream().filter(m -> channels.contains(m.channelId()))
                .collect(Collectors.groupingBy(BotMessage::channelId, Collectors.counting()));
        assertThat(questions).hasSize(2 * 2 * CHANNELS_PER_GUILD).allSatisfy((channel, count) ->
                assertThat(count).as(channel).isOne());
        // Nothing was marked removed because a process could not see another shard's channels
        for (String channel : channels) {
            assertThat(first.bot().handle(Incoming.message(admin, Conversation.community(channel, true),
                    "/daily show")).get(0).text()).doesNotContain("removed");
        }

        fake.sendDm(dana, "/help");
        fake.awaitText(dana, "/quiz");
    }

    private CoachApplication start(CoachConfig config) {
        CoachApplication app = CoachApplication.start(config, clock, PlatformTime.system(), ReminderChecks.byHand());
        processes.add(app);
        assertThat(app.startPlatforms()).as("Discord started on shards " + config.discordShards()).isEqualTo(1);
        return app;
    }
}
