package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.testing.JarProcess;
import com.jobfuture.coach.testing.TestDecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar runs the Telegram bot from the environment, stops cleanly on SIGTERM and resumes after it. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class JarTelegramIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    @TempDir
    Path dir;

    @Test
    void theJarServesTelegramStopsOnSigtermAndResumesWhereItLeftOff() throws Exception {
        try (FakeBotApi fake = new FakeBotApi(Clock.systemUTC()).start()) {
            Path config = Files.writeString(dir.resolve("coach.yaml"), "decks: " + TestDecks.write(dir) + "\n");
            Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", fake.token(), "TELEGRAM_API_URL", fake.url(),
                    "COACH_DB", dir.resolve("data/coach.db").toString());
            FakeUser dana = fake.user(8001, "Dana");

            Process first = start(env, config, "first");
            dana.send("/start");
            dana.send("/quiz orm");
            BotMessage question = awaitMessages(fake, dana, 2).get(1);
            dana.press(question, "51");
            FakeBotApi.await("the answer shown", WAIT, () -> fake.messages(dana.id()).get(1).edits() == 1);
            first.destroy(); // SIGTERM
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
            assertThat(first.exitValue()).as("exit status after SIGTERM").isZero();

            dana.send("/progress"); // while the bot is down
            Process second = start(env, config, "second");
            assertThat(awaitMessages(fake, dana, 3).get(2).text()).startsWith("Your progress · 1 answered");
            second.destroy();
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(fake.messages(dana.id())).hasSize(3);
            for (String run : List.of("first", "second")) {
                assertThat(Files.readString(dir.resolve(run + ".err"))).as(run + " run's log")
                        .contains("Telegram polling started", "Telegram stopped")
                        .doesNotContain("ERROR", "Exception", fake.token().substring(fake.token().indexOf(':')));
            }
        }
    }

    private Process start(Map<String, String> env, Path config, String name) throws Exception {
        return JarProcess.builder(dir, env, "--config", config.toString())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
    }

    private static List<BotMessage> awaitMessages(FakeBotApi fake, FakeUser user, int count) {
        FakeBotApi.await(count + " message(s)", WAIT, () -> fake.messages(user.id()).size() >= count);
        return fake.messages(user.id());
    }
}
