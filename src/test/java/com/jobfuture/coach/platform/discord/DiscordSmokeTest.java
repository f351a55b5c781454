package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DiscordSmokeTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void connectsAndAnswersASlashCommandInADm() throws Exception {
        try (DiscordHarness harness = DiscordHarness.create(dir)) {
            FakeUser dana = harness.fake.addUser("dana");
            harness.startApp();
            harness.fake.slash(dana, Where.DM, "quiz", Map.of("topic", "querysets"));
            BotMessage question = harness.fake.awaitText(dana, DiscordTestDeck.FIRST_PROMPT);
            assertThat(question.labels()).contains("0", "1", "2", "Skip");
            System.out.println(harness.fake.describe());
        }
    }
}
