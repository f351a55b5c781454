package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The real application (temp SQLite file, the test deck, the real {@code Platforms} wiring) with its Discord
 * platform pointed at a {@link FakeDiscord} through the configuration's URLs, as {@code DISCORD_API_URL} and
 * {@code DISCORD_GATEWAY_URL} would set them.
 */
final class DiscordHarness implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    final FakeDiscord fake;
    final CoachConfig config;
    private CoachApplication app;

    private DiscordHarness(FakeDiscord fake, CoachConfig config) {
        this.fake = fake;
        this.config = config;
    }

    /** Creates the fake; add users to it, then call {@link #startApp()}. */
    static DiscordHarness create(Path directory) throws Exception {
        FakeDiscord fake = FakeDiscord.start();
        CoachConfig config = new CoachConfig(directory.resolve("data").resolve("coach.db"),
                DiscordTestDeck.write(directory), ZoneOffset.UTC, List.of(), Optional.empty(),
                Optional.of(FakeDiscord.TOKEN), new CoachConfig.PlatformUrls(Optional.empty(),
                Optional.of(fake.restUrl()), Optional.of(fake.gatewayUrl())));
        return new DiscordHarness(fake, config);
    }

    /** Starts the application and its platforms; returns once Discord is ready and commands are registered. */
    DiscordHarness startApp() {
        app = CoachApplication.start(config, CLOCK);
        int started = app.startPlatforms(config);
        if (started != 1) {
            throw new AssertionError("the Discord platform did not start\n" + fake.describe());
        }
        return this;
    }

    /** The running application (after {@link #startApp()}), e.g. to talk to it from another platform. */
    CoachApplication app() {
        return app;
    }

    /** Closes the application (Discord first, then the database), keeping the fake running. */
    void stopApp() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            stopApp();
        } finally {
            fake.close();
        }
    }
}
