package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.app.ReminderChecks;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.DatabaseLocation;
import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The real application (temp SQLite file, the test deck, the real {@code Platforms} wiring) with its Discord
 * platform pointed at a {@link FakeDiscord} through the configuration's URLs, as {@code DISCORD_API_URL} and
 * {@code DISCORD_GATEWAY_URL} would set them. Reminders are checked only when a test ticks them
 * ({@link #reminders()}).
 */
final class DiscordHarness implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    final FakeDiscord fake;
    final CoachConfig config;
    private CoachApplication app;
    private ReminderChecks reminders;

    private DiscordHarness(FakeDiscord fake, CoachConfig config) {
        this.fake = fake;
        this.config = config;
    }

    /** Creates the fake; add users to it, then call {@link #startApp()}. */
    static DiscordHarness create(Path directory) throws Exception {
        return create(directory, CoachConfig.Daily.defaults());
    }

    /**
     * The same with these question-of-the-day settings; daily tests check every 5 minutes so that only their own
     * {@code tick()} calls post (the runner's first check at start finds nothing due).
     */
    static DiscordHarness create(Path directory, CoachConfig.Daily daily) throws Exception {
        FakeDiscord fake = FakeDiscord.start();
        CoachConfig config = new CoachConfig(DatabaseLocation.sqlite(directory.resolve("data").resolve("coach.db")),
                DiscordTestDeck.write(directory), ZoneOffset.UTC, List.of(), Optional.empty(),
                Optional.of(FakeDiscord.TOKEN), new CoachConfig.PlatformUrls(Optional.empty(),
                Optional.of(fake.restUrl()), Optional.of(fake.gatewayUrl())), CoachConfig.Http.defaults(), daily,
                CoachConfig.Jobs.defaults(), CoachConfig.Check.defaults(), CoachConfig.Reminders.defaults());
        return new DiscordHarness(fake, config);
    }

    /** Question-of-the-day settings for tests that tick the scheduler themselves. */
    static CoachConfig.Daily dailyTickedByTests() {
        return new CoachConfig.Daily(Duration.ofHours(2), Duration.ofMinutes(5), Duration.ofHours(8));
    }

    /** Starts the application and its platforms; returns once Discord is ready and commands are registered. */
    DiscordHarness startApp() {
        return startApp(CLOCK);
    }

    /** The same on the given clock (e.g. a clock the test moves to the time of a post). */
    DiscordHarness startApp(Clock clock) {
        reminders = ReminderChecks.byHand();
        app = CoachApplication.start(config, clock, PlatformTime.system(), reminders);
        int started = app.startPlatforms();
        if (started != 1) {
            throw new AssertionError("the Discord platform did not start\n" + fake.describe());
        }
        return this;
    }

    /** The running application (after {@link #startApp()}), e.g. to talk to it from another platform. */
    CoachApplication app() {
        return app;
    }

    /** The running application's reminder checks, ticked by the test. */
    ReminderChecks reminders() {
        return reminders;
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
