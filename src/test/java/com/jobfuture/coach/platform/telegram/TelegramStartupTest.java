package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.ConfigLoader;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.testing.TestDecks;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Telegram does not start with a wrong or malformed token or an unreachable API; the rest of the app is fine. */
@Timeout(30)
class TelegramStartupTest {
    @TempDir
    Path dir;

    @Test
    void aTokenTelegramRejectsStopsOnlyTelegram() throws Exception {
        try (FakeBotApi fake = new FakeBotApi(Clock.systemUTC()).start()) {
            assertThat(startPlatforms("7000001:wrong-secret", fake.url())).isZero();
            assertThat(fake.calls("getMe")).extracting(call -> call.status()).containsExactly(401);
            assertThat(fake.calls("getUpdates")).isEmpty();
        }
    }

    @Test
    void aMalformedTokenOrAnUnreachableApiStopsOnlyTelegram() throws Exception {
        assertThat(startPlatforms("not a token", "http://127.0.0.1:9")).isZero();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(startPlatforms(FakeBotApi.TOKEN, "http://127.0.0.1:" + closedPort)).isZero();
    }

    @Test
    void optionsNeverPrintTheTokenSecret() {
        TelegramOptions options = new TelegramOptions("123:SECRET", TelegramOptions.parseApiUrl(Optional.empty()),
                Duration.ofSeconds(50), SendLimits.telegramDefaults(), RetryPolicy.defaults(), Duration.ofSeconds(30));
        assertThat(options.toString()).contains("bot=123").doesNotContain("SECRET");
    }

    private int startPlatforms(String token, String url) throws Exception {
        Path config = dir.resolve("coach.yaml");
        Files.writeString(config, "database: " + dir.resolve("coach.db") + "\ndecks: " + TestDecks.write(dir) + "\n");
        CoachConfig loaded = new ConfigLoader().load(config, Map.of("TELEGRAM_BOT_TOKEN", token,
                "TELEGRAM_API_URL", url));
        try (CoachApplication app = CoachApplication.start(loaded, Clock.systemUTC())) {
            return app.startPlatforms();
        }
    }
}
