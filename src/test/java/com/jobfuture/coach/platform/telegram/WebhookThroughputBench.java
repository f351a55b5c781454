package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.config.DatabaseLocation;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.platform.telegram.fake.WebhookPost;
import com.jobfuture.coach.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Telegram webhook mode through 1 and 2 bot processes on one PostgreSQL database (default durability, commits
 * flushed), behind the loopback balancer that alternates each chat's updates between the processes, against the
 * fake Bot API — the set-up of {@link TelegramWebhookTwoProcessesTest}, with the shipped decks. Simulated users
 * act 1.1–1.5 s after their reply (so each stays under the coach's 60 actions per user and minute, past which it
 * stops answering that user): each presses the first button of the bot's newest message, or writes {@code /quiz}
 * when it has none or when its last action got no message within 30 s (counted apart, not in the latencies;
 * {@code BENCH_TRACE=1} prints each such action). Measures,
 * after a warm-up, replies per second and the time from an update being queued at the fake to the bot's first
 * message or edit in that chat (p50, p99), and prints the 2-process figures as ratios to the 1-process ones of the
 * same run. The "processes" are application instances in this JVM (each with its own database pool, web server
 * and Telegram adapter), as in the test; the rig's virtual time paces the sends, so Telegram's limits (30
 * messages/s per bot) are kept in virtual time and cost no real time: the figures are what the processes handle,
 * not what Telegram would let one bot send. A tool, not a test:
 *
 * <pre>
 * mvn -B -q -ntp test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.executable=java \
 *   -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath com.jobfuture.coach.platform.telegram.WebhookThroughputBench 64 20 10 2"
 * </pre>
 * Arguments: users, seconds measured, seconds of warm-up, rounds (each round runs 1 then 2 processes), and
 * {@code durable} (default: every commit flushed, as in production) or {@code nofsync} (the test server's settings,
 * commits not flushed: shows how much of the time is the flush). The figures are the lines starting "round" and the
 * ratios at the end (the rest is the application's log).
 */
public final class WebhookThroughputBench {
    private static final String SECRET = "webhook-bench-secret-0123456789abcdef";
    private static final Set<String> REPLIES = Set.of("sendMessage", "editMessageText", "sendDocument",
            "sendPhoto");
    private static final long FIRST_USER = 900_000;
    private static final long NO_REPLY_MILLIS = 30_000;
    /** A user's pause after a reply: at most ~55 actions a minute, under the coach's 60 per user and minute. */
    private static final long THINK_MIN_MILLIS = 1_100;
    private static final long THINK_MAX_MILLIS = 1_500;

    private WebhookThroughputBench() {
    }

    /** One run's figures. */
    record Outcome(int processes, double repliesPerSecond, double p50, double p99, int replies, int timeouts,
                   long refusedPosts, double sendsPerSecond, double editsPerSecond) {
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        boolean durable = args.length <= 4 || !args[4].equals("nofsync");
        PostgresServer server = durable ? PostgresServer.startDurable() : PostgresServer.shared();
        List<Outcome[]> results = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Outcome one = run(server, 1, users, warmup, seconds);
            print(round, one, one);
            Outcome two = run(server, 2, users, warmup, seconds);
            print(round, two, one);
            results.add(new Outcome[] {one, two});
        }
        System.out.printf("%d users, %d s measured after %d s warm-up, %d round(s), commits %s; 2 processes / 1 "
                + "process:%n", users, seconds, warmup, rounds, durable ? "flushed" : "not flushed");
        for (Outcome[] pair : results) {
            System.out.printf("  replies/s %.2f×, p50 %.2f×, p99 %.2f×%n", pair[1].repliesPerSecond()
                    / pair[0].repliesPerSecond(), pair[1].p50() / pair[0].p50(), pair[1].p99() / pair[0].p99());
        }
        System.exit(0); // the durable server's shutdown hook stops it
    }

    private static void print(int round, Outcome outcome, Outcome base) {
        System.out.printf("round %d, %d process(es): %.1f replies/s, p50 %.1f ms, p99 %.1f ms (%d replies, %d "
                        + "actions without a message in 30 s, %d webhook posts refused; at the fake %.1f sendMessage/s "
                        + "and %.1f editMessageText/s); ratio to 1 process: replies/s %.2f, p50 %.2f, p99 %.2f%n",
                round, outcome.processes(), outcome.repliesPerSecond(), outcome.p50(), outcome.p99(),
                outcome.replies(), outcome.timeouts(), outcome.refusedPosts(), outcome.sendsPerSecond(),
                outcome.editsPerSecond(),
                outcome.repliesPerSecond() / base.repliesPerSecond(), outcome.p50() / base.p50(),
                outcome.p99() / base.p99());
    }

    private static Outcome run(PostgresServer server, int processes, int users, int warmup, int seconds)
            throws Exception {
        Path dir = Files.createTempDirectory("coach-webhook-bench");
        DatabaseLocation.Postgres database = new DatabaseLocation.Postgres(server.newDatabase(),
                Optional.of(PostgresServer.USER), Optional.of(server.password()));
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "bench-users");
            thread.setDaemon(true);
            return thread;
        });
        try (AlternatingBalancer balancer = new AlternatingBalancer();
             TelegramRig rig = new TelegramRig(dir).onPostgres(database).webhookMode(SECRET, balancer.url())) {
            useShippedDecks(dir.resolve("questions"));
            rig.startApp();
            balancer.addBackend(rig.lastWebPort());
            for (int p = 1; p < processes; p++) {
                rig.startAnotherApp();
                balancer.addBackend(rig.lastWebPort());
            }
            Run run = new Run(rig, timer);
            Map<Long, SimUser> chatToUser = new ConcurrentHashMap<>();
            rig.fake.listen(call -> {
                if (run.recording && call.ok()) {
                    run.called(call.method());
                }
                if (call.ok() && call.chatId() != null && REPLIES.contains(call.method())) {
                    SimUser user = chatToUser.get(call.chatId());
                    if (user != null) {
                        user.replied();
                    }
                }
            });
            for (int i = 0; i < users; i++) {
                FakeUser user = rig.fake.user(FIRST_USER + i, "User" + i);
                chatToUser.put(user.id(), new SimUser(user, run));
            }
            for (SimUser user : chatToUser.values()) {
                timer.schedule(user::act, ThreadLocalRandom.current().nextLong(THINK_MAX_MILLIS),
                        TimeUnit.MILLISECONDS);
            }
            Thread.sleep(warmup * 1000L);
            run.recording = true;
            Thread.sleep(seconds * 1000L);
            run.recording = false;
            long refused = rig.fake.webhookPosts().stream().filter(post -> post.status() != 200).count();
            List<Long> latencies = run.latencies();
            return new Outcome(processes, latencies.size() / (double) seconds, percentileMillis(latencies, 50),
                    percentileMillis(latencies, 99), latencies.size(), run.timeouts(), refused,
                    run.calls("sendMessage") / (double) seconds, run.calls("editMessageText") / (double) seconds);
        } finally {
            timer.shutdownNow();
        }
    }

    /** Replaces the rig's small test decks by the shipped ones (443 questions), so no user runs out of questions. */
    private static void useShippedDecks(Path decks) throws java.io.IOException {
        try (java.util.stream.Stream<Path> old = Files.walk(decks)) {
            for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        Path shipped = Path.of("questions");
        try (java.util.stream.Stream<Path> files = Files.walk(shipped)) {
            for (Path path : files.toList()) {
                Path target = decks.resolve(shipped.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static double percentileMillis(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    /** Shared state of one run. */
    private static final class Run {
        final TelegramRig rig;
        final ScheduledExecutorService timer;
        volatile boolean recording;
        private final List<Long> latencies = new ArrayList<>();
        private final Map<String, Integer> methodToCalls = new java.util.HashMap<>();
        private int timeouts;

        Run(TelegramRig rig, ScheduledExecutorService timer) {
            this.rig = rig;
            this.timer = timer;
        }

        synchronized void replied(long nanos) {
            latencies.add(nanos);
        }

        synchronized void called(String method) {
            methodToCalls.merge(method, 1, Integer::sum);
        }

        synchronized int calls(String method) {
            return methodToCalls.getOrDefault(method, 0);
        }

        synchronized List<Long> latencies() {
            return List.copyOf(latencies);
        }

        synchronized void timedOut() {
            if (recording) {
                timeouts++;
            }
        }

        synchronized int timeouts() {
            return timeouts;
        }
    }

    /** One simulated person: acts, waits for the reply, pauses 20–80 ms, acts again. */
    private static final class SimUser {
        private final FakeUser user;
        private final Run run;
        private volatile boolean writeNext;
        private volatile String lastAction = "";
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
            List<BotMessage> messages = run.rig.fake.messages(user.id());
            BotMessage last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
            if (last != null && !last.buttons().isEmpty() && !writeNext) {
                lastAction = "pressed " + last.buttons().get(0).text() + " (" + last.buttons().get(0).callbackData()
                        + ") under: " + last.text().replace('\n', ' ').substring(0, Math.min(70, last.text().length()));
                user.pressData(last.messageId(), last.buttons().get(0).callbackData());
            } else {
                lastAction = "wrote /quiz";
                user.send("/quiz");
            }
            writeNext = false;
            run.timer.schedule(() -> noReply(thisAction), NO_REPLY_MILLIS, TimeUnit.MILLISECONDS);
        }

        void replied() {
            long now = System.nanoTime();
            synchronized (this) {
                if (waitingSince < 0) {
                    return;
                }
                if (counted && run.recording) {
                    run.replied(now - waitingSince);
                }
                waitingSince = -1;
            }
            run.timer.schedule(this::act, THINK_MIN_MILLIS + ThreadLocalRandom.current().nextLong(THINK_MAX_MILLIS
                    - THINK_MIN_MILLIS + 1), TimeUnit.MILLISECONDS);
        }

        private void noReply(long expectedAction) {
            synchronized (this) {
                if (action != expectedAction || waitingSince < 0) {
                    return;
                }
                waitingSince = -1;
            }
            run.timedOut();
            if (System.getenv("BENCH_TRACE") != null) {
                System.out.println("no message in 30 s to user " + user.id() + ": " + lastAction);
            }
            writeNext = true;
            run.timer.schedule(this::act, THINK_MIN_MILLIS, TimeUnit.MILLISECONDS);
        }
    }
}
