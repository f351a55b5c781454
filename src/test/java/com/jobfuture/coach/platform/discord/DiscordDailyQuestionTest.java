package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.platform.discord.fake.RestCall;
import com.jobfuture.coach.platform.discord.fake.ShownButton;
import com.jobfuture.coach.platform.fakes.Fault;
import com.jobfuture.coach.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The question of the day through the real JDA, the real application wiring and the fake Discord: an admin
 * (Manage Server through a role) sets it up with {@code /daily set} and its options, a member without it is
 * refused; members answer with buttons (ephemeral acknowledgements, counted in their private /progress); the
 * reveal disables the buttons, opens a discussion thread and shows aggregates only; a channel the bot lost is
 * disabled, an outage is not.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordDailyQuestionTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    DiscordHarness harness;
    FakeDiscord fake;
    FakeUser ana;
    FakeUser lena;
    FakeUser kim;
    FakeUser noor;

    /** Starts the app on the fake with an admin (ana) and three members; {@code before} adjusts the fake. */
    void start(Runnable before) throws Exception {
        harness = DiscordHarness.create(dir, DiscordHarness.dailyTickedByTests());
        fake = harness.fake;
        ana = fake.addAdmin("ana");
        lena = fake.addUser("lena");
        kim = fake.addUser("kim");
        noor = fake.addUser("noor");
        before.run();
        harness.startApp(clock);
    }

    void start() throws Exception {
        start(() -> { });
    }

    @AfterEach
    void stop() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void anAdminSetsItUpWithTheSlashCommandAndOthersAreRefused() throws Exception {
        start();
        JsonNode daily = registered("daily");
        assertThat(daily.path("contexts")).extracting(JsonNode::asInt).containsExactly(0);
        assertThat(daily.path("default_member_permissions").asText()).isEqualTo("32");
        List<String> subcommands = new ArrayList<>();
        daily.path("options").forEach(o -> subcommands.add(o.path("name").asText() + ":" + o.path("type").asInt()));
        assertThat(subcommands).containsExactly("set:1", "show:1", "pause:1", "resume:1", "off:1", "now:1",
                "reveal:1");
        List<String> setOptions = new ArrayList<>();
        daily.path("options").get(0).path("options").forEach(o -> setOptions.add(o.path("name").asText()));
        assertThat(setOptions).containsExactly("time", "timezone", "days", "topics", "level", "reveal", "settings");

        // Autocomplete: IANA zones, and topics as a comma-separated list.
        assertThat(fake.autocomplete(ana, Where.SERVER, "daily", "set", "timezone", "berl").get(0)
                .path("value").asText()).isEqualTo("Europe/Berlin");
        assertThat(values(fake.autocomplete(ana, Where.SERVER, "daily", "set", "topics", "apis, quer")))
                .containsExactly("apis,querysets");
        assertThat(values(fake.autocomplete(ana, Where.SERVER, "daily", "set", "days", ""))).contains("mon-fri");

        // Members without Manage Server are refused privately (Discord hides the command from them by default,
        // but a server may open it to everyone; the core checks every change).
        fake.slash(lena, Where.SERVER, "daily", "set", Map.of("time", "10:00"));
        BotMessage refusal = fake.awaitText(lena, "only this community's admins");
        fake.slash(lena, Where.SERVER, "daily", "pause", Map.of());
        List<BotMessage> refusals = fake.await("two refusals", () -> java.util.Optional.of(fake.messagesFor(lena)
                .stream().filter(m -> m.content().contains("only this community's admins")).toList())
                .filter(list -> list.size() == 2));
        assertThat(refusals).allMatch(BotMessage::ephemeral);
        assertThat(refusal.ephemeral()).isTrue();

        fake.slash(ana, Where.SERVER, "daily", "set", Map.of("time", "09:00", "timezone", "Europe/Berlin",
                "days", "mon-fri", "topics", "orm", "level", "junior", "reveal", "8h"));
        BotMessage set = fake.awaitText(ana, "Question of the day is set");
        assertThat(set.ephemeral()).isTrue();
        assertThat(set.content()).contains("09:00 Europe/Berlin · Mon–Fri · ORM · junior · answer revealed 8h later");

        // The typed form still works, and options override what was set before.
        fake.slash(ana, Where.SERVER, "daily", "set", Map.of("settings", "10:30 UTC daily reveal 90m"));
        fake.awaitText(ana, "10:30 UTC · every day · ORM · junior · answer revealed 1h30m later");
        fake.slash(ana, Where.SERVER, "daily", "show", Map.of());
        fake.awaitText(ana, "Question of the day · active");

        assertThat(fake.messages()).filteredOn(m -> m.channelId().equals(fake.guild().channelId()))
                .isNotEmpty().allMatch(BotMessage::ephemeral);
        assertThat(fake.calls("POST", "channels/\\d+/messages")).isEmpty();
    }

    @Test
    void membersAnswerPrivatelyAndTheRevealShowsOnlyAggregatesInAThread() throws Exception {
        start();
        String channel = fake.guild().channelId();
        fake.slash(ana, Where.SERVER, "daily", "set", Map.of("time", "09:00", "timezone", "UTC",
                "topics", DiscordTestDeck.TOPIC, "level", "junior", "reveal", "8h"));
        fake.awaitText(ana, "Question of the day is set");

        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        harness.app().dailyScheduler().tick();
        BotMessage question = awaitPublic("the question", "Question of the day");
        assertThat(question.content()).contains(DiscordTestDeck.FIRST_PROMPT, "revealed at 17:00 (UTC)");
        // Options are shuffled once for the post: the same letters for everyone, any order of 0, 1, 2.
        List<String> labels = question.labels();
        assertThat(labels).extracting(l -> l.substring(0, 3)).containsExactly("A) ", "B) ", "C) ");
        assertThat(labels).extracting(l -> l.substring(3)).containsExactlyInAnyOrder("0", "1", "2");
        String right = labels.stream().filter(l -> l.endsWith(") 0")).findFirst().orElseThrow();

        fake.click(lena, question, labels.get(0));
        fake.click(kim, question, labels.get(1));
        fake.click(ana, question, labels.get(0));
        List<BotMessage> acks = List.of(fake.awaitText(lena, "Got it — you picked A."),
                fake.awaitText(kim, "Got it — you picked B."), fake.awaitText(ana, "Got it — you picked A."));
        assertThat(acks).allMatch(BotMessage::ephemeral).allMatch(m -> m.content().contains("private progress"));
        fake.click(lena, question, labels.get(2));
        assertThat(fake.awaitText(lena, "You already answered this one (A)").ephemeral()).isTrue();

        // The answer counts in the member's own, private progress.
        fake.slash(lena, Where.SERVER, "progress");
        assertThat(fake.awaitText(lena, "Your progress · 1 answered").ephemeral()).isTrue();

        clock.set(Instant.parse("2026-03-02T17:00:00Z"));
        harness.app().dailyScheduler().tick();
        BotMessage reveal = awaitPublic("the reveal", "Answer of the day");
        assertThat(reveal.content()).contains("Answer of the day: " + right, "3 answers · A 67% · B 33% · C 0%",
                "Docs: https://docs.djangoproject.com/", "Discuss it in <#" + question.id() + ">");
        JsonNode revealCall = last(fake.calls("POST", "channels/" + channel + "/messages")).body();
        assertThat(revealCall.path("message_reference").path("message_id").asText()).isEqualTo(question.id());

        // The question keeps its text and options, its buttons greyed out; a thread opened under it.
        BotMessage closed = fake.messages().stream().filter(m -> m.id().equals(question.id())).findFirst()
                .orElseThrow();
        assertThat(closed.content()).isEqualTo(question.content());
        assertThat(closed.buttons()).extracting(ShownButton::label).isEqualTo(labels);
        assertThat(closed.buttons()).allMatch(ShownButton::disabled);
        assertThat(fake.threads()).containsEntry(question.id(), channel);
        JsonNode threadCall = fake.calls("POST", "channels/" + channel + "/messages/" + question.id() + "/threads")
                .get(0).body();
        assertThat(threadCall.path("name").asText()).isEqualTo("Discussion · ORM · QuerySets: laziness and "
                + "evaluation · junior");

        // A client that had not caught up presses a greyed-out button: told politely, privately, not counted.
        fake.clickId(noor, question, question.buttons().get(1).customId());
        BotMessage late = fake.awaitText(noor, "The answer is already out: " + right);
        assertThat(late.ephemeral()).isTrue();
        assertThat(late.content()).contains("Late answers don't count");

        // Privacy: nothing public names a member, in messages, edits, thread names or any body sent to channels.
        List<String> members = List.of("ana", "lena", "kim", "noor", ana.id(), lena.id(), kim.id(), noor.id());
        assertThat(fake.messages()).filteredOn(m -> m.channelId().equals(channel) && !m.ephemeral()).hasSize(2)
                .allSatisfy(m -> assertThat(m.content()).doesNotContain(members));
        assertThat(fake.calls()).filteredOn(c -> c.path().startsWith("channels/" + channel))
                .allSatisfy(c -> assertThat(c.body().toString()).doesNotContain(members));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"403, 50001, Missing Access", "404, 10003, Unknown Channel"})
    void aChannelTheBotLostIsDisabledAndNotRetried(int status, int code, String meaning) throws Exception {
        start();
        String channel = fake.guild().channelId();
        fake.slash(ana, Where.SERVER, "daily", "set", Map.of("settings", "09:00 UTC daily"));
        fake.awaitText(ana, "Question of the day is set");
        fake.inject("POST", "channels/" + channel + "/messages", new Fault.Refused(status, code, meaning), 100);

        for (String day : List.of("2026-03-02", "2026-03-03", "2026-03-04")) {
            clock.set(Instant.parse(day + "T09:00:00Z"));
            harness.app().dailyScheduler().tick();
            clock.set(Instant.parse(day + "T10:30:00Z"));
            harness.app().dailyScheduler().tick();
        }

        assertThat(fake.calls("POST", "channels/" + channel + "/messages")).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(status));
        fake.slash(ana, Where.SERVER, "daily", "show", Map.of());
        fake.awaitText(ana, "Question of the day · removed");
        fake.awaitText(ana, "/daily resume restarts it");
    }

    @Test
    void aServerOutageIsRetriedButLeavingTheServerDisables() throws Exception {
        start();
        fake.slash(ana, Where.SERVER, "daily", "set", Map.of("settings", "09:00 UTC daily"));
        fake.awaitText(ana, "Question of the day is set");

        fake.makeUnavailable(fake.guild());
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        awaitGatewayHandled();
        harness.app().dailyScheduler().tick();
        assertThat(status()).contains("Question of the day · active");
        assertThat(fake.calls("POST", "channels/" + fake.guild().channelId() + "/messages")).isEmpty();
    }

    @Test
    void aBotKickedFromTheServerDisablesItsCommunities() throws Exception {
        start();
        fake.slash(ana, Where.SERVER, "daily", "set", Map.of("settings", "09:00 UTC daily"));
        fake.awaitText(ana, "Question of the day is set");

        fake.removeBotFrom(fake.guild());
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        awaitGatewayHandled();
        harness.app().dailyScheduler().tick();
        assertThat(status()).contains("Question of the day · removed");
        assertThat(fake.calls("POST", "channels/" + fake.guild().channelId() + "/messages")).isEmpty();
    }

    @Test
    void withoutThreadPermissionTheRevealStillComesWithoutAThread() throws Exception {
        start(() -> fake.setBotPermissions(FakeDiscord.invitePermissions() & ~FakeDiscord.createPublicThreads()));
        fake.slash(ana, Where.SERVER, "daily", "set", Map.of("settings", "09:00 UTC daily reveal 8h"));
        fake.awaitText(ana, "Question of the day is set");
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        harness.app().dailyScheduler().tick();
        BotMessage question = awaitPublic("the question", "Question of the day");

        clock.set(Instant.parse("2026-03-02T17:00:00Z"));
        harness.app().dailyScheduler().tick();
        BotMessage reveal = awaitPublic("the reveal", "Answer of the day");
        assertThat(reveal.content()).contains("No answers this time.").doesNotContain("Discuss it in");
        assertThat(fake.calls("POST", ".*/threads")).isEmpty();
        assertThat(fake.threads()).isEmpty();
        assertThat(fake.messages().stream().filter(m -> m.id().equals(question.id())).findFirst().orElseThrow()
                .buttons()).allMatch(ShownButton::disabled);
    }

    @Test
    void theInviteLinkInTheDocsGrantsWhatTheBotNeedsAndTheFakeGivesIt() throws Exception {
        long needed = Permission.getRaw(DiscordCommunityPublisher.CHANNEL_PERMISSIONS);
        assertThat(Files.readString(Path.of("docs", "discord.md")))
                .contains("scope=bot+applications.commands&permissions=" + needed + "`")
                .contains("**`" + needed + "`**");
        assertThat(FakeDiscord.invitePermissions()).isEqualTo(needed);
    }

    private BotMessage awaitPublic(String description, String start) {
        String channel = fake.guild().channelId();
        return fake.await(description, () -> fake.messages().stream()
                .filter(m -> m.channelId().equals(channel) && m.audienceUserId() == null
                        && m.content().startsWith(start)).findFirst());
    }

    /**
     * Waits until JDA has handled the gateway events sent so far: events are handled in order, so once the
     * answer to a later DM command arrives, the earlier GUILD_DELETE was handled too.
     */
    private void awaitGatewayHandled() {
        int before = fake.messagesFor(noor).size();
        fake.sendDm(noor, "/help");
        fake.await("the answer to a later DM", () -> fake.messagesFor(noor).size() > before
                ? java.util.Optional.of(true) : java.util.Optional.empty());
    }

    /** /daily show as the core answers it for this channel (the server may be unreachable for interactions). */
    private String status() {
        ChatUser admin = new ChatUser(DiscordUsers.PLATFORM, ana.id(), "ana", false);
        return harness.app().bot().handle(Incoming.message(admin,
                Conversation.community(fake.guild().channelId(), true), "/daily show")).get(0).text();
    }

    private JsonNode registered(String name) {
        for (JsonNode command : fake.registeredCommands()) {
            if (command.path("name").asText().equals(name)) {
                return command;
            }
        }
        throw new AssertionError("no registered command " + name);
    }

    private static RestCall last(List<RestCall> calls) {
        return calls.get(calls.size() - 1);
    }

    private static List<String> values(JsonNode choices) {
        List<String> values = new ArrayList<>();
        choices.forEach(choice -> values.add(choice.path("value").asText()));
        return values;
    }
}
