package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.platform.discord.fake.Fault;
import com.jobfuture.coach.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The question of the day through the real JDA and the fake Discord: a public post whose buttons anyone may
 * press, private (ephemeral) acknowledgements, a reveal replying to the question with aggregates only, a refused
 * non-admin, and a channel the bot lost access to disabled.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordDailyQuestionTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    FakeDiscord fake;
    FakeUser lena;
    FakeUser kim;
    CoachApplication app;

    @BeforeEach
    void start() throws Exception {
        fake = FakeDiscord.start();
        lena = fake.addUser("lena");
        kim = fake.addUser("kim");
        CoachConfig config = new CoachConfig(dir.resolve("coach.db"), DiscordTestDeck.write(dir), ZoneOffset.UTC,
                List.of(), Optional.empty(), Optional.of(FakeDiscord.TOKEN), new CoachConfig.PlatformUrls(
                Optional.empty(), Optional.of(fake.restUrl()), Optional.of(fake.gatewayUrl())));
        app = CoachApplication.start(config, clock);
        assertThat(app.startPlatforms(config)).isEqualTo(1);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            app.close();
        } finally {
            fake.close();
        }
    }

    @Test
    void membersAnswerPrivatelyAndTheRevealShowsOnlyAggregates() {
        String channel = fake.guild().channelId();
        fake.slash(lena, Where.SERVER, "daily", Map.of("arguments", "set 09:00 UTC daily"));
        BotMessage refusal = fake.awaitText(lena, "only this community's admins");
        assertThat(refusal.ephemeral()).isTrue();
        assertThat(adminSays("/daily set 09:00 UTC daily reveal 8h").text()).startsWith("Question of the day is set");

        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        app.dailyScheduler().tick();
        BotMessage question = fake.await("the public question", () -> publicMessages(channel).stream()
                .filter(m -> m.content().startsWith("Question of the day")).findFirst());
        assertThat(question.origin()).isEqualTo("channel");
        assertThat(question.buttons()).isNotEmpty().allMatch(b -> b.customId().matches("daily:\\d+:\\d"));

        fake.click(lena, question, question.buttons().get(0).label());
        BotMessage lenasAck = fake.awaitText(lena, "Got it — you picked A.");
        fake.click(kim, question, question.buttons().get(1).label());
        BotMessage kimsAck = fake.awaitText(kim, "Got it — you picked B.");
        assertThat(List.of(lenasAck, kimsAck)).allMatch(BotMessage::ephemeral);
        assertThat(fake.messages()).filteredOn(m -> m.id().equals(question.id())).singleElement()
                .satisfies(m -> assertThat(m.edits()).isZero());

        clock.set(Instant.parse("2026-03-02T17:00:00Z"));
        app.dailyScheduler().tick();
        BotMessage reveal = fake.await("the public reveal", () -> publicMessages(channel).stream()
                .filter(m -> m.content().startsWith("Answer of the day")).findFirst());
        assertThat(reveal.content()).contains("2 answers (shares are shown from 3 answers on");
        JsonNode revealCall = fake.calls("POST", "channels/" + channel + "/messages").get(1).body();
        assertThat(revealCall.path("message_reference").path("message_id").asText()).isEqualTo(question.id());
        for (BotMessage message : publicMessages(channel)) {
            assertThat(message.content()).doesNotContain("lena", "kim", lena.id(), kim.id());
        }
    }

    @Test
    void aChannelTheBotLostAccessToIsDisabled() {
        String channel = fake.guild().channelId();
        adminSays("/daily set 09:00 UTC daily");
        fake.plan(new Fault("POST", "channels/" + channel + "/messages", 403, Map.of(),
                "{\"code\":50001,\"message\":\"Missing Access\"}", 1));

        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        app.dailyScheduler().tick();
        clock.set(Instant.parse("2026-03-03T09:00:00Z"));
        app.dailyScheduler().tick();

        assertThat(fake.calls("POST", "channels/" + channel + "/messages")).hasSize(1);
        assertThat(adminSays("/daily show").text()).contains("Question of the day · removed",
                "/daily resume restarts it");
    }

    private List<BotMessage> publicMessages(String channel) {
        return fake.messages().stream().filter(m -> m.channelId().equals(channel) && m.audienceUserId() == null)
                .toList();
    }

    /** A server admin's command; the adapter's Manage Server check is Conversations' (tested with refusals). */
    private Reply adminSays(String text) {
        ChatUser admin = new ChatUser(DiscordUsers.PLATFORM, "900", "Admin", false);
        return app.bot().handle(Incoming.message(admin, Conversation.community(fake.guild().channelId(), true), text))
                .get(0);
    }
}
