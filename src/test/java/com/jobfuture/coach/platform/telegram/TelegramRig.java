package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.app.ReminderChecks;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.DatabaseLocation;
import com.jobfuture.coach.config.ConfigLoader;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.testing.TestDecks;
import com.jobfuture.coach.testing.VirtualTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The coach wired as in production — configuration read by ConfigLoader from a file and the environment
 * (TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL), CoachApplication.start on a temporary SQLite file, platforms started by
 * startPlatforms — against the fake Bot API. Sends are paced and waits (429s, back-off) timed in virtual time,
 * which the fake also records arrivals in: every limit is kept exactly, and costs no real time. Reminders are
 * checked only when a test ticks them ({@link #reminders()}). The decks are the core test decks plus one with a
 * code block.
 */
final class TelegramRig implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String PYTHON_DECK = """
            topic: comprehensions
            title: Comprehensions
            family: python
            questions:
              - id: py-listcomp-filter
                level: junior
                kind: choice
                prompt: |
                  What does this print?
                  ```python
                  print([n * 2 for n in range(3) if n != 1])
                  ```
                options:
                  - text: "[0, 4]"
                    correct: true
                  - text: "[0, 2, 4]"
                    why: The filter `n != 1` drops 1 before doubling.
                explanation: The filter keeps 0 and 2, then each is doubled -> `[0, 4]` (a <list>, not a generator).
                source: https://docs.python.org/3/tutorial/datastructures.html#list-comprehensions
            """;
    final Path dir;
    final FakeBotApi fake;
    /** The platform's pacing time, shared by the fake (arrival times) and every app started on this rig. */
    final VirtualTime time = new VirtualTime();
    private CoachApplication app;
    private ReminderChecks reminders;
    private Map<String, String> databaseEnvironment = Map.of();
    private Map<String, String> webhookEnvironment = Map.of();
    private final List<CoachApplication> others = new java.util.ArrayList<>();
    private int lastWebPort;

    TelegramRig(Path dir) throws IOException {
        this.dir = dir;
        this.fake = new FakeBotApi(time.clock()).start();
        Path decks = TestDecks.write(dir);
        Files.writeString(decks.resolve("comprehensions.yaml"), PYTHON_DECK);
    }

    /** Runs the apps this rig starts on a PostgreSQL database (through COACH_DB, as a deployment would). */
    TelegramRig onPostgres(DatabaseLocation.Postgres database) {
        databaseEnvironment = Map.of("COACH_DB", database.url(), "COACH_DB_USER", database.user().orElseThrow(),
                "COACH_DB_PASSWORD", database.password().orElseThrow());
        return this;
    }

    /**
     * Runs the apps this rig starts in webhook mode (TELEGRAM_MODE, TELEGRAM_WEBHOOK_SECRET): each starts its web
     * server on a free port first; {@code publicUrl} (COACH_PUBLIC_URL) is where the fake posts, or null for the
     * web server's own address.
     */
    TelegramRig webhookMode(String secret, String publicUrl) {
        Map<String, String> environment = new java.util.HashMap<>(Map.of("TELEGRAM_MODE", "webhook",
                "TELEGRAM_WEBHOOK_SECRET", secret, "COACH_HTTP", "127.0.0.1:0"));
        if (publicUrl != null) {
            environment.put("COACH_PUBLIC_URL", publicUrl);
        }
        webhookEnvironment = Map.copyOf(environment);
        return this;
    }

    /** Starts the application and its Telegram platform. */
    TelegramRig startApp() throws IOException {
        return startApp(Clock.systemUTC(), "");
    }

    /**
     * Starts the application on {@code clock} (the coach's time: schedules, answers; Telegram's limits follow the
     * rig's virtual time) with {@code moreConfig} appended to the configuration file.
     */
    TelegramRig startApp(Clock clock, String moreConfig) throws IOException {
        app = launch(clock, moreConfig);
        return this;
    }

    /**
     * Starts one more application on the same configuration and database (another process of the same bot, as
     * behind a load balancer); the rig closes it. Returns it.
     */
    CoachApplication startAnotherApp() throws IOException {
        CoachApplication another = launch(Clock.systemUTC(), "");
        others.add(another);
        return another;
    }

    /** The port the last started application's web server listens on (webhook mode). */
    int lastWebPort() {
        return lastWebPort;
    }

    private CoachApplication launch(Clock clock, String moreConfig) throws IOException {
        Path config = dir.resolve("coach.yaml");
        Files.writeString(config, "database: " + dir.resolve("coach.db") + "\ndecks: " + dir.resolve("questions")
                + "\ntimezone: UTC\n" + moreConfig);
        Map<String, String> environment = new java.util.HashMap<>(databaseEnvironment);
        environment.putAll(webhookEnvironment);
        environment.put("TELEGRAM_BOT_TOKEN", fake.token());
        environment.put("TELEGRAM_API_URL", fake.url());
        CoachConfig loaded = new ConfigLoader().load(config, environment);
        reminders = ReminderChecks.byHand();
        CoachApplication started = CoachApplication.start(loaded, clock, time, reminders);
        assertThat(started.deckProblems()).isEmpty();
        if (!webhookEnvironment.isEmpty()) {
            java.util.OptionalInt port = started.startWeb();
            assertThat(port).as("web server started").isPresent();
            lastWebPort = port.getAsInt();
        }
        assertThat(started.startPlatforms()).as("platforms started").isEqualTo(1);
        return started;
    }

    /** The running application. */
    CoachApplication app() {
        return app;
    }

    /** The running application's reminder checks, ticked by the test. */
    ReminderChecks reminders() {
        return reminders;
    }

    /** Closes the application the way the shutdown hook does. */
    void stopApp() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    /** Waits until the bot has sent at least {@code count} messages to the user, and returns them all. */
    List<BotMessage> awaitMessages(FakeUser user, int count) {
        FakeBotApi.await(count + " message(s) to " + user.firstName(), WAIT,
                () -> fake.messages(user.id()).size() >= count);
        return fake.messages(user.id());
    }

    /** Waits until the user's message number {@code index} (0-based) was edited {@code edits} times. */
    BotMessage awaitEdited(FakeUser user, int index, int edits) {
        FakeBotApi.await("message " + index + " to " + user.firstName() + " edited " + edits + " time(s)", WAIT,
                () -> fake.messages(user.id()).size() > index
                        && fake.messages(user.id()).get(index).edits() >= edits);
        return fake.messages(user.id()).get(index);
    }

    /** Waits until Telegram has no unconfirmed update left and every callback query was answered. */
    void awaitSettled() {
        FakeBotApi.await("all updates confirmed and callbacks answered", WAIT,
                () -> fake.unconfirmedUpdates() == 0 && fake.unansweredCallbacks().isEmpty());
    }

    @Override
    public void close() {
        try {
            others.forEach(CoachApplication::close);
            stopApp();
        } finally {
            fake.close();
            time.close();
        }
    }
}
