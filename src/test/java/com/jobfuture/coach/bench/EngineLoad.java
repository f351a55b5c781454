package com.jobfuture.coach.bench;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.DatabaseLocation;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.storage.Durability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The coach's engine (CoachBot on a SQLite file, no platform) against raw sqlite-jdbc with the same PRAGMAs (WAL,
 * the durability's synchronous level, foreign keys, busy timeout), both on {@code threads} threads for a fixed
 * time. Raw: each thread commits single-row inserts on its own connection. Engine: each thread plays its own users
 * through quizzes, pressing the first button of the newest reply (an option, Show answer, a rating, Next) or writing
 * /quiz; an answer is a review the coach recorded, counted in the review log afterwards.
 */
final class EngineLoad {
    private final Path workDir;

    /** Throughput of one run: operations per second, and the commits (and flushed ones) per user action. */
    record Throughput(double perSecond, double commitsPerAction, double flushesPerAction) {
    }

    EngineLoad(Path workDir) {
        this.workDir = workDir;
    }

    Throughput raw(int threads, Durability durability, Duration warmup, Duration length) throws Exception {
        Path file = fresh("raw-" + threads);
        SQLiteDataSource source = dataSource(file, durability);
        try (Connection setup = source.getConnection(); Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE answers (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, "
                    + "question_id TEXT NOT NULL, rating INTEGER NOT NULL, answered_at INTEGER NOT NULL)");
        }
        AtomicLong rows = new AtomicLong();
        AtomicLong busy = new AtomicLong();
        long[] measured = new long[2];
        runThreads(threads, warmup, length, () -> measured[0] = rows.get(), () -> measured[1] = rows.get(),
                (index, stop) -> {
                    try (Connection connection = source.getConnection(); PreparedStatement insert = connection
                            .prepareStatement("INSERT INTO answers (user_id, question_id, rating, answered_at) "
                                    + "VALUES (?, ?, ?, ?)")) {
                        while (!stop.get()) {
                            insert.setLong(1, index);
                            insert.setString(2, "q" + rows.get());
                            insert.setInt(3, 3);
                            insert.setLong(4, System.currentTimeMillis());
                            try {
                                insert.executeUpdate(); // autocommit: one transaction, one commit
                                rows.incrementAndGet();
                            } catch (SQLException e) {
                                if (!e.getMessage().contains("SQLITE_BUSY")) {
                                    throw e;
                                }
                                busy.incrementAndGet(); // waited out the 10 s busy timeout: try again
                            }
                        }
                    }
                });
        if (busy.get() > 0) {
            System.out.printf("  (raw, %d threads: %d insert(s) gave up after the 10 s busy timeout and were "
                    + "retried)%n", threads, busy.get());
        }
        return new Throughput((measured[1] - measured[0]) / seconds(length), 1,
                durability == Durability.FULL ? 1 : 0);
    }

    Throughput engine(int threads, Durability durability, Duration warmup, Duration length) throws Exception {
        Path file = fresh("engine-" + threads);
        CoachConfig config = new CoachConfig(new DatabaseLocation.SqliteFile(file, durability), Path.of("questions"),
                ZoneOffset.UTC, List.of(),
                Optional.empty(), Optional.empty(), CoachConfig.PlatformUrls.defaults());
        CoachApplication app = CoachApplication.start(config, Clock.systemUTC());
        try {
            CoachBot bot = app.bot();
            AtomicLong actions = new AtomicLong();
            long[] answers = new long[2];
            long[] commits = new long[2];
            long[] flushes = new long[2];
            long[] acted = new long[2];
            Runnable atStart = () -> {
                answers[0] = uncheckedAnswers(file);
                commits[0] = app.databaseCommits();
                flushes[0] = app.databaseFlushedCommits();
                acted[0] = actions.get();
            };
            Runnable atEnd = () -> {
                answers[1] = uncheckedAnswers(file);
                commits[1] = app.databaseCommits();
                flushes[1] = app.databaseFlushedCommits();
                acted[1] = actions.get();
            };
            runThreads(threads, warmup, length, atStart, atEnd, (index, stop) -> {
                List<Reply> last = List.of();
                int step = 0;
                while (!stop.get()) {
                    ChatUser user = new ChatUser("bench", "t" + index + "-u" + step / 120, "Bench", false);
                    Optional<Button> button = last.isEmpty() ? Optional.empty()
                            : last.get(last.size() - 1).buttons().stream().findFirst();
                    last = button.isPresent() ? bot.handle(Incoming.press(user, button.get().action()))
                            : bot.handle(Incoming.message(user, "/quiz"));
                    step++;
                    if (step % 120 == 0) {
                        last = List.of(); // a new user: start their quiz
                    }
                    actions.incrementAndGet();
                }
            });
            double perAction = Math.max(1, acted[1] - acted[0]);
            return new Throughput((answers[1] - answers[0]) / seconds(length), (commits[1] - commits[0]) / perAction,
                    (flushes[1] - flushes[0]) / perAction);
        } finally {
            app.close();
        }
    }

    private static double seconds(Duration length) {
        return length.toMillis() / 1000.0;
    }

    private long uncheckedAnswers(Path file) {
        try {
            return answers(file);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long answers(Path file) throws SQLException {
        try (Connection connection = dataSource(file, Durability.NORMAL).getConnection(); Statement statement =
                connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT COUNT(*) FROM review_log")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The same PRAGMAs as storage/Database. */
    private static SQLiteDataSource dataSource(Path file, Durability durability) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(durability == Durability.FULL ? SQLiteConfig.SynchronousMode.FULL
                : SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source;
    }

    private Path fresh(String name) throws IOException {
        Path dir = Files.createDirectories(workDir.resolve("engine"));
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(dir.resolve(name + ".db" + suffix));
        }
        return dir.resolve(name + ".db");
    }

    /** A thread's work: loop until told to stop. */
    @FunctionalInterface
    private interface Worker {
        void run(int index, AtomicBoolean stop) throws Exception;
    }

    /** Runs the threads for the warm-up, then measures ({@code atStart} … {@code atEnd}) for {@code length}. */
    private static void runThreads(int threads, Duration warmup, Duration length, Runnable atStart, Runnable atEnd,
                                   Worker worker) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> running = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                try {
                    worker.run(index, stop);
                } catch (Exception e) {
                    failures.add(e);
                }
            }, "engine-load-" + i);
            running.add(thread);
            thread.start();
        }
        Thread.sleep(warmup.toMillis());
        atStart.run();
        Thread.sleep(length.toMillis());
        atEnd.run();
        stop.set(true);
        for (Thread thread : running) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
