package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.platform.discord.fake.RestCall;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A quiz survives gateway resumes, new sessions and a restart: its state lives in the core and the database. */
class DiscordReconnectTest {

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aQuizGoesOnAcrossAResumeANewSessionAndARestart(@TempDir Path dir) throws Exception {
        try (DiscordHarness harness = DiscordHarness.create(dir)) {
            FakeDiscord fake = harness.fake;
            FakeUser ria = fake.addUser("ria");
            harness.startApp();

            fake.slash(ria, Where.DM, "quiz", Map.of("topic", DiscordTestDeck.TOPIC));
            BotMessage first = fake.awaitText(ria, DiscordTestDeck.FIRST_PROMPT);
            fake.click(ria, first, "0");
            BotMessage graded = fake.awaitMessage(ria, "graded",
                    m -> m.id().equals(first.id()) && m.content().contains("✓ Right"));

            // Discord asks the client to reconnect (op 7): JDA resumes the session, and the quiz goes on.
            fake.requestReconnect();
            fake.awaitConnected(2);
            assertThat(fake.resumes()).isEqualTo(1);
            assertThat(fake.identifies()).isEqualTo(1);
            fake.click(ria, graded, "Next");
            BotMessage open = fake.awaitText(ria, DiscordTestDeck.OPEN_PROMPT);
            assertThat(open.content()).contains("· Q2");

            // The session is invalidated (op 9): JDA identifies anew; a typed answer still finds the question.
            fake.invalidateSession();
            fake.awaitConnected(3);
            assertThat(fake.identifies()).isEqualTo(2);
            fake.sendDm(ria, "lazy: it runs when you iterate it");
            BotMessage revealed = fake.awaitText(ria, "Model answer:");

            // A restart of the whole application: commands are overwritten again (same set, no duplicates),
            // and the revealed question still waits for its rating.
            JsonNode before = fake.registeredCommands();
            harness.stopApp();
            harness.startApp();
            assertThat(fake.calls().stream().filter(c -> c.path().contains("/commands")))
                    .extracting(RestCall::method).containsExactly("PUT", "PUT");
            assertThat(names(fake.registeredCommands())).isEqualTo(names(before));
            fake.click(ria, revealed, "Hard");
            fake.awaitMessage(ria, "the rating after the restart",
                    m -> m.id().equals(revealed.id()) && m.content().startsWith("Rated Hard"));
            fake.slash(ria, Where.DM, "progress");
            fake.awaitText(ria, "Your progress · 2 answered");
        }
    }

    private static String names(JsonNode commands) {
        StringBuilder names = new StringBuilder();
        commands.forEach(command -> names.append(command.path("name").asText()).append(' ')
                .append(command.path("options").toString()).append('\n'));
        return names.toString();
    }
}
