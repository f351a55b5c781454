package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.platform.discord.fake.Interaction;
import com.jobfuture.coach.platform.discord.fake.RestCall;
import com.jobfuture.coach.platform.discord.fake.ShownButton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;

/** A whole quiz in a DM with the bot, through the real JDA and the real application wiring. */
class DiscordDmQuizTest extends RunningDiscordTest {
    FakeUser dana;

    @Override
    void addUsers() {
        dana = fake.addUser("dana");
    }

    @Test
    void registersEveryCommandInOneBulkOverwriteForServersAndDmsButDailyForServersOnly() {
        List<RestCall> registrations = fake.calls().stream().filter(c -> c.path().contains("/commands")).toList();
        assertThat(registrations).hasSize(1);
        assertThat(registrations.get(0).method()).isEqualTo("PUT");
        JsonNode commands = fake.registeredCommands();
        List<String> names = new ArrayList<>();
        for (JsonNode command : commands) {
            names.add(command.path("name").asText());
            // GUILD and BOT_DM; /daily only in servers (its place is a server channel)
            assertThat(command.path("contexts").toString()).isEqualTo(command.path("name").asText().equals("daily")
                    ? "[\"0\"]" : "[\"0\",\"1\"]");
            assertThat(command.path("integration_types").toString()).isEqualTo("[\"0\"]"); // guild install
            assertThat(command.path("description").asText()).isNotBlank().hasSizeLessThanOrEqualTo(100);
        }
        assertThat(names).contains("quiz", "next", "skip", "stop", "topics", "progress", "help")
                .doesNotContain("start", "reload");
        JsonNode quiz = find(commands, "quiz");
        assertThat(quiz.path("options").get(0).path("name").asText()).isEqualTo("topic");
        assertThat(quiz.path("options").get(0).path("autocomplete").asBoolean()).isTrue();
        assertThat(quiz.path("options").get(0).path("required").asBoolean()).isFalse();
    }

    @Test
    void asksOnlyForTheIntentsItNeeds() {
        long guilds = 1; // JDA always adds GUILDS
        assertThat(fake.identifiedIntents()).isEqualTo(guilds | GatewayIntent.DIRECT_MESSAGES.getRawValue());
    }

    @Test
    void runsAWholeQuizInADm() {
        // /quiz topic:querysets — deferred (non-ephemeral in a DM), then the deferred message shows question 1.
        Interaction quiz = fake.slash(dana, Where.DM, "quiz", Map.of("topic", DiscordTestDeck.TOPIC));
        BotMessage first = fake.awaitText(dana, DiscordTestDeck.FIRST_PROMPT);
        assertThat(fake.callbackType(quiz)).contains(5);
        assertThat(fake.responseTo(quiz).orElseThrow().id()).isEqualTo(first.id());
        assertThat(first.ephemeral()).isFalse();
        assertThat(first.content()).contains("```python\nqs = Book.objects.filter(year=2024)");
        assertThat(first.labels()).containsExactlyInAnyOrder("0", "1", "2", "Skip").last().isEqualTo("Skip");
        for (ShownButton button : first.buttons()) {
            assertThat(button.customId()).hasSizeLessThanOrEqualTo(100).endsWith("|" + dana.id());
        }

        // The right option: the question message itself turns into the explanation (deferred edit, then PATCH).
        Interaction right = fake.click(dana, first, "0");
        BotMessage graded = fake.awaitMessage(dana, "the graded question",
                m -> m.id().equals(first.id()) && m.content().contains("✓ Right"));
        assertThat(fake.callbackType(right)).contains(6);
        assertThat(graded.content()).contains("QuerySets are lazy", "Docs: https://docs.djangoproject.com");
        assertThat(graded.labels()).containsExactly("Next", "Stop");

        // Next: the open question arrives as a new message, without the server-only DM hand-off.
        fake.click(dana, graded, "Next");
        BotMessage open = fake.awaitText(dana, DiscordTestDeck.OPEN_PROMPT);
        assertThat(open.id()).isNotEqualTo(first.id());
        assertThat(open.labels()).containsExactly("Show answer", "Skip");
        assertThat(open.content()).contains("Type your answer");

        // A typed answer in the DM: the model answer with key points and the rating buttons.
        fake.sendDm(dana, "It is lazy and only runs when you iterate it");
        BotMessage revealed = fake.awaitText(dana, "Model answer:");
        assertThat(revealed.origin()).isEqualTo("channel");
        assertThat(revealed.channelId()).isEqualTo(dana.dmChannelId());
        assertThat(revealed.content()).contains("Your answer: It is lazy", "✓ lazy until evaluated");
        assertThat(revealed.labels()).containsExactly("Again", "Hard", "Good", "Easy");

        // Rating edits the revealed message.
        Interaction good = fake.click(dana, revealed, "Good");
        BotMessage rated = fake.awaitMessage(dana, "the rated answer",
                m -> m.id().equals(revealed.id()) && m.content().startsWith("Rated Good"));
        assertThat(fake.callbackType(good)).contains(6);
        assertThat(rated.labels()).containsExactly("Next", "Stop");

        // /progress shows the two answers, to Dana only (a DM), with its next step as a button.
        Interaction progress = fake.slash(dana, Where.DM, "progress");
        BotMessage report = fake.awaitText(dana, "Your progress · 2 answered");
        assertThat(fake.responseTo(progress).orElseThrow().id()).isEqualTo(report.id());
        assertThat(report.content()).contains("Only you can see this");
        assertThat(report.buttons()).isNotEmpty();

        // Nothing went to a route the fake does not know, and nothing failed.
        assertThat(fake.calls()).allSatisfy(call -> assertThat(call.status()).isLessThan(300));
        assertThat(fake.messages()).noneMatch(BotMessage::loading);
    }

    @Test
    void typedTextCommandsWorkInDms() {
        FakeUser omar = dana;
        fake.sendDm(omar, "/help");
        BotMessage help = fake.awaitText(omar, "Here's what I can do");
        assertThat(help.content()).contains("/quiz", "/progress");
        assertThat(help.channelId()).isEqualTo(omar.dmChannelId());
    }

    private static JsonNode find(JsonNode commands, String name) {
        for (JsonNode command : commands) {
            if (command.path("name").asText().equals(name)) {
                return command;
            }
        }
        throw new AssertionError("no command " + name);
    }
}
