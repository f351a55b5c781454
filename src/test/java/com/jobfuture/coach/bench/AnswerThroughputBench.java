package com.jobfuture.coach.bench;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.app.ReminderChecks;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.DatabaseLocation;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.testing.PostgresServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers per second through the real application (the shipped decks, no platform): users each run a quiz —
 * {@code /quiz}, a choice question answered with its first option, an open one revealed and rated Good, Next — on
 * as many threads as asked, in 1 or more bot processes (separate JVMs) sharing one database: a SQLite file, or a
 * PostgreSQL server with its default durability (commits flushed), started for the run on 127.0.0.1.
 *
 * <pre>
 * mvn -B -q -ntp test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.executable=java \
 *   -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath com.jobfuture.coach.bench.AnswerThroughputBench postgresql 2 8 20"
 * </pre>
 * Arguments: database ({@code sqlite} or {@code postgresql}), processes, threads per process, seconds. Prints the
 * answers given per process, the users whose quiz threw, and the answers stored (rows of the review log once every
 * process stopped: an answer whose write the database refused gets an apology, not a review) per second. Speed is
 * measured here, never asserted in tests.
 */
public final class AnswerThroughputBench {
    private AnswerThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args);
            return;
        }
        String db = args.length > 0 ? args[0] : "sqlite";
        int processes = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Path folder = Files.createTempDirectory("coach-answers");
        String location;
        List<String> credentials = List.of();
        if (db.equals("postgresql")) {
            PostgresServer server = PostgresServer.startDurable();
            location = server.newDatabase();
            credentials = List.of(PostgresServer.USER, server.password());
        } else if (db.equals("sqlite")) {
            location = folder.resolve("coach.db").toString();
        } else {
            throw new IllegalArgumentException("database must be sqlite or postgresql: " + db);
        }
        // Migrate once before the processes start, as a deployment's first process would.
        start(location, credentials).close();
        List<Process> children = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), AnswerThroughputBench.class.getName(), "--child",
                    String.valueOf(p), String.valueOf(threads), String.valueOf(seconds), location));
            command.addAll(credentials);
            children.add(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        long answers = 0;
        long failed = 0;
        for (int p = 0; p < processes; p++) {
            Process child = children.get(p);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("answers ")) {
                        String[] parts = line.split(" ");
                        answers += Long.parseLong(parts[1]);
                        failed += Long.parseLong(parts[3]);
                        System.out.println("process " + p + ": " + line);
                    }
                }
            }
            if (!child.waitFor(seconds + 120L, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        long stored = storedAnswers(location, credentials);
        System.out.printf("%s, %d process(es) x %d threads, %d s: %d answers given (%d users failed), %d stored, "
                + "%.1f answers/s stored%n", db, processes, threads, seconds, answers, failed, stored,
                stored / (double) seconds);
        System.exit(0); // the durable server's shutdown hook stops it
    }

    private static void child(String[] args) throws Exception {
        int process = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        List<String> credentials = args.length > 6 ? List.of(args[5], args[6]) : List.of();
        try (CoachApplication app = start(args[4], credentials)) {
            CoachBot bot = app.bot();
            AtomicLong answers = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    int user = 0;
                    while (System.nanoTime() < deadline) {
                        ChatUser who = new ChatUser("bench", process + "-" + thread + "-" + user++, "Bench", false);
                        try {
                            answerQuiz(bot, who, deadline, answers);
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            pool.shutdown();
            System.out.println("answers " + answers.get() + " failed " + failed.get());
        }
    }

    /**
     * One user's quiz until it ends or time is up: a choice question is answered with its first option, an open one
     * revealed and rated Good; then Next. Counts each answer given.
     */
    private static void answerQuiz(CoachBot bot, ChatUser who, long deadline, AtomicLong answers) {
        Reply reply = last(bot.handle(Incoming.message(who, "/quiz")));
        while (System.nanoTime() < deadline) {
            Optional<String> choice = action(reply, "quiz:q:");
            Optional<String> show = action(reply, "quiz:show:");
            if (choice.isPresent()) {
                reply = last(bot.handle(Incoming.press(who, choice.get())));
            } else if (show.isPresent()) {
                Reply revealed = last(bot.handle(Incoming.press(who, show.get())));
                Optional<String> good = revealed.buttons().stream().map(b -> b.action())
                        .filter(a -> a.startsWith("quiz:rate:") && a.endsWith(":3")).findFirst();
                if (good.isEmpty()) {
                    return;
                }
                reply = last(bot.handle(Incoming.press(who, good.get())));
            } else {
                return; // the quiz is over (or said something else): the next user
            }
            answers.incrementAndGet();
            Optional<String> next = action(reply, "next");
            if (next.isEmpty()) {
                return;
            }
            reply = last(bot.handle(Incoming.press(who, next.get())));
        }
    }

    private static Reply last(List<Reply> replies) {
        return replies.get(replies.size() - 1);
    }

    private static Optional<String> action(Reply reply, String prefix) {
        return reply.buttons().stream().map(b -> b.action()).filter(a -> a.startsWith(prefix)).findFirst();
    }

    /** Answers committed to the database (the review log): what counts, whatever the replies said. */
    private static long storedAnswers(String location, List<String> credentials) throws SQLException {
        try (Connection c = location.startsWith(DatabaseLocation.POSTGRES_PREFIX)
                ? DriverManager.getConnection(location, credentials.get(0), credentials.get(1))
                : DriverManager.getConnection("jdbc:sqlite:" + location);
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM review_log")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static CoachApplication start(String location, List<String> credentials) throws IOException {
        DatabaseLocation database = location.startsWith(DatabaseLocation.POSTGRES_PREFIX)
                ? new DatabaseLocation.Postgres(location, Optional.of(credentials.get(0)),
                Optional.of(credentials.get(1)))
                : DatabaseLocation.sqlite(Path.of(location));
        CoachConfig config = new CoachConfig(database, Path.of("questions"), ZoneOffset.UTC, List.of(),
                Optional.empty(), Optional.empty(), CoachConfig.PlatformUrls.defaults());
        return CoachApplication.start(config, Clock.systemUTC(), PlatformTime.system(), ReminderChecks.byHand());
    }
}
