package com.jobfuture.coach.bench;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.ConfigLoader;
import com.jobfuture.coach.platform.common.DaemonThreads;
import com.jobfuture.coach.platform.telegram.TelegramOptions;
import com.jobfuture.coach.platform.telegram.fake.ApiCall;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.storage.Durability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Drives a bot — the coach's Telegram adapter or the {@link EchoBot} — through a fake Bot API on loopback that
 * enforces Telegram's documented limits, with simulated users, and measures how long each action waits for its
 * reply (from the update being queued at the fake to the bot's first message or edit in that chat arriving there).
 * A user presses the first button of the bot's newest message, or writes when it has none (the coach gets
 * {@code /quiz}, so its users run through quizzes).
 */
final class TelegramLoad {
    private static final Set<String> REPLIES = Set.of("sendMessage", "editMessageText", "sendDocument");
    private static final Duration NO_REPLY = Duration.ofSeconds(60);
    private static final long FIRST_USER = 700_000;
    private final Path workDir;
    private final Duration latency;

    /** The bot being measured, running against a fake. */
    interface Bot extends AutoCloseable {
        /** What a user writes when the bot's newest message has no button. */
        String text();

        /** Database commits so far (0 for a bot without one). */
        long commits();
    }

    /** {@code latency}: what the fake adds to every answer (a network), zero for plain loopback. */
    TelegramLoad(Path workDir, Duration latency) {
        this.workDir = workDir;
        this.latency = latency;
    }

    /**
     * Runs the scenario against a fresh fake and a fresh bot: the coach on a database with {@code durability}, or
     * the echo when it is empty.
     */
    LoadOutcome run(Optional<Durability> coach, LoadScenario scenario, Duration warmup, Duration length)
            throws Exception {
        try (FakeBotApi fake = new FakeBotApi(Clock.systemUTC()).start().enforceTelegramLimits()
                .addLatency(latency)) {
            ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, new DaemonThreads("load-users"));
            Map<Long, SimUser> chatToUser = new ConcurrentHashMap<>();
            fake.listen(call -> {
                if (call.ok() && call.chatId() != null && REPLIES.contains(call.method())) {
                    SimUser user = chatToUser.get(call.chatId());
                    if (user != null) {
                        user.replied();
                    }
                }
            });
            try (Bot bot = coach.isPresent() ? startCoach(fake, scenario, coach.get()) : startEcho(fake)) {
                Latencies latencies = new Latencies();
                Run run = new Run(fake, bot, timer, latencies, scenario);
                for (int i = 0; i < scenario.users(); i++) {
                    FakeUser user = fake.user(FIRST_USER + i, "User" + i);
                    chatToUser.put(user.id(), new SimUser(user, run));
                }
                return scenario.burst() ? burst(run, chatToUser.values()) : steady(run, chatToUser.values(), warmup,
                        length);
            } finally {
                timer.shutdownNow();
            }
        }
    }

    private LoadOutcome steady(Run run, Iterable<SimUser> users, Duration warmup, Duration length)
            throws InterruptedException {
        long spread = run.scenario.thinkMax().toMillis();
        for (SimUser user : users) {
            run.timer.schedule(user::act, ThreadLocalRandom.current().nextLong(spread + 1), TimeUnit.MILLISECONDS);
        }
        Thread.sleep(warmup.toMillis());
        long commitsBefore = run.bot.commits();
        int actionsBefore = run.actions();
        run.recording = true;
        Thread.sleep(length.toMillis());
        run.recording = false;
        int actions = run.actions() - actionsBefore;
        double commitsPerAction = actions == 0 ? 0 : (run.bot.commits() - commitsBefore) / (double) actions;
        return new LoadOutcome(run.latencies.percentileMillis(50), run.latencies.percentileMillis(99), Double.NaN,
                run.latencies.count(), run.fake.refusedByLimits(), run.timeouts(), commitsPerAction);
    }

    private LoadOutcome burst(Run run, java.util.Collection<SimUser> users) throws InterruptedException {
        run.recording = true;
        run.single = new CountDownLatch(users.size());
        long commitsBefore = run.bot.commits();
        long start = System.nanoTime();
        users.forEach(SimUser::act);
        boolean all = run.single.await(5, TimeUnit.MINUTES);
        double seconds = (run.lastReply - start) / 1e9;
        return new LoadOutcome(run.latencies.percentileMillis(50), run.latencies.percentileMillis(99),
                all ? users.size() / seconds : Double.NaN, run.latencies.count(), run.fake.refusedByLimits(),
                users.size() - run.latencies.count(), (run.bot.commits() - commitsBefore) / (double) users.size());
    }

    /** Shared state of one run. */
    private static final class Run {
        final FakeBotApi fake;
        final Bot bot;
        final ScheduledExecutorService timer;
        final Latencies latencies;
        final LoadScenario scenario;
        volatile boolean recording;
        volatile CountDownLatch single;
        volatile long lastReply;
        private int actions;
        private int timeouts;

        Run(FakeBotApi fake, Bot bot, ScheduledExecutorService timer, Latencies latencies, LoadScenario scenario) {
            this.fake = fake;
            this.bot = bot;
            this.timer = timer;
            this.latencies = latencies;
            this.scenario = scenario;
        }

        synchronized void acted() {
            actions++;
        }

        synchronized int actions() {
            return actions;
        }

        synchronized void timedOut() {
            timeouts++;
        }

        synchronized int timeouts() {
            return timeouts;
        }

        Duration think() {
            long min = scenario.thinkMin().toMillis();
            long max = scenario.thinkMax().toMillis();
            return Duration.ofMillis(min + ThreadLocalRandom.current().nextLong(max - min + 1));
        }
    }

    /** One simulated person: acts, waits for the reply, thinks, acts again. */
    private static final class SimUser {
        private final FakeUser user;
        private final Run run;
        private long waitingSince = -1;
        private boolean counted;
        private long action;

        SimUser(FakeUser user, Run run) {
            this.user = user;
            this.run = run;
        }

        void act() {
            long thisAction;
            synchronized (this) {
                thisAction = ++action;
                waitingSince = System.nanoTime();
                counted = run.recording;
            }
            run.acted();
            List<BotMessage> messages = run.fake.messages(user.id());
            Optional<BotMessage> last = messages.isEmpty() ? Optional.empty()
                    : Optional.of(messages.get(messages.size() - 1));
            if (!run.scenario.burst() && last.isPresent() && !last.get().buttons().isEmpty()) {
                user.pressData(last.get().messageId(), last.get().buttons().get(0).callbackData());
            } else {
                user.send(run.bot.text());
            }
            if (!run.scenario.burst()) {
                run.timer.schedule(() -> noReply(thisAction), NO_REPLY.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        void replied() {
            long now = System.nanoTime();
            synchronized (this) {
                if (waitingSince < 0) {
                    return;
                }
                if (counted) {
                    run.latencies.add(now - waitingSince);
                }
                waitingSince = -1;
            }
            if (run.scenario.burst()) {
                run.lastReply = now;
                run.single.countDown();
            } else {
                run.timer.schedule(this::act, run.think().toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        private void noReply(long expectedAction) {
            synchronized (this) {
                if (action != expectedAction || waitingSince < 0) {
                    return;
                }
                waitingSince = -1;
            }
            run.timedOut();
            run.timer.schedule(this::act, run.think().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private Bot startEcho(FakeBotApi fake) throws Exception {
        EchoBot echo = new EchoBot(fake.token(), TelegramOptions.parseApiUrl(Optional.of(fake.url())));
        return new Bot() {
            @Override
            public String text() {
                return "hello";
            }

            @Override
            public long commits() {
                return 0;
            }

            @Override
            public void close() throws Exception {
                echo.close();
            }
        };
    }

    private Bot startCoach(FakeBotApi fake, LoadScenario scenario, Durability durability) throws IOException {
        Path dir = Files.createDirectories(workDir.resolve("coach-" + scenario.name().replaceAll("\\W+", "-")));
        for (String file : List.of("coach.db", "coach.db-wal", "coach.db-shm")) {
            Files.deleteIfExists(dir.resolve(file));
        }
        Path config = Files.writeString(dir.resolve("coach.yaml"), "database: " + dir.resolve("coach.db")
                + "\ndecks: " + Path.of("questions").toAbsolutePath() + "\ntimezone: UTC\n");
        CoachConfig loaded = new ConfigLoader().load(config, Map.of("TELEGRAM_BOT_TOKEN", fake.token(),
                "TELEGRAM_API_URL", fake.url(), "COACH_DB_DURABILITY", durability.key()));
        CoachApplication app = CoachApplication.start(loaded, Clock.systemUTC());
        if (app.startPlatforms() != 1) {
            app.close();
            throw new IllegalStateException("the coach's Telegram platform did not start");
        }
        boolean burst = scenario.burst();
        return new Bot() {
            @Override
            public String text() {
                return burst ? "/help" : "/quiz";
            }

            @Override
            public long commits() {
                return app.databaseCommits();
            }

            @Override
            public void close() {
                app.close();
            }
        };
    }

    static List<LoadScenario> scenarios() {
        return new ArrayList<>(List.of(LoadScenario.humanPace(50), LoadScenario.humanPace(500), LoadScenario.fast(50),
                LoadScenario.burst(500)));
    }
}
