package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.SentFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One identity across the console and Discord (through the real JDA), and /export arriving as a Discord file. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordLinkAndExportTest {
    @TempDir
    Path dir;
    DiscordHarness harness;
    FakeDiscord fake;
    FakeUser dana;
    CoachBot bot;
    final ChatUser console = new ChatUser("console", "dana", "dana", true);

    @BeforeEach
    void start() throws Exception {
        harness = DiscordHarness.create(dir);
        fake = harness.fake;
        dana = fake.addUser("dana");
        harness.startApp();
        bot = harness.app().bot();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void aConsoleCodeEnteredOnDiscordJoinsBothIntoOneProgress() {
        say("/share name Dana K.");
        say("/share 14");
        Matcher code = Pattern.compile("/link ([A-Z2-9]{4}-[A-Z2-9]{4})").matcher(say("/link").text());
        assertThat(code.find()).isTrue();

        fake.slash(dana, Where.DM, "link", Map.of("arguments", code.group(1)));
        fake.awaitText(dana, "Linked!");
        fake.slash(dana, Where.DM, "share", Map.of("arguments", "list"));

        fake.awaitText(dana, "#1 · your name, figures per area · until");
        assertThat(say("/link").text()).contains("Linked now: console, discord.");
    }

    @Test
    void exportIsUploadedAsAFileInDiscord() {
        fake.slash(dana, Where.DM, "export");

        BotMessage upload = fake.awaitMessage(dana, "a message with the export attached",
                message -> message.files().stream().anyMatch(f -> f.fileName().startsWith("interview-coach-data-")));
        SentFile file = upload.files().get(0);
        assertThat(file.fileName()).endsWith(".json");
        assertThat(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("jobfuture-interview-coach-export/1", "\"platform\" : \"discord\"");
    }

    private Reply say(String text) {
        return bot.handle(Incoming.message(console, text)).get(0);
    }
}
