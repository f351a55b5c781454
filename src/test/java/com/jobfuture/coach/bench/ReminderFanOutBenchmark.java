package com.jobfuture.coach.bench;

import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.notify.DeliveryResult;
import com.jobfuture.coach.core.notify.PrivateMessage;
import com.jobfuture.coach.core.notify.PrivateMessenger;
import com.jobfuture.coach.core.notify.PrivateMessengers;
import com.jobfuture.coach.core.reminders.ReminderComposer;
import com.jobfuture.coach.core.reminders.ReminderOptions;
import com.jobfuture.coach.core.reminders.ReminderScheduler;
import com.jobfuture.coach.core.settings.SettingsService;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.JdbcReminderRepository;
import com.jobfuture.coach.storage.JdbcReviewRepository;
import com.jobfuture.coach.storage.JdbcSettingsRepository;
import com.jobfuture.coach.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 100,000 users whose reminders are due in the same minute, each with due reviews, fanned out by the real
 * scheduler over a real SQLite file (claim committed and fsynced per reminder, outcome recorded). The messenger
 * simulates a platform sending 30 messages a second by moving the virtual clock 1/30 s per message, so the grace
 * window is checked against platform time. The score is the real time of the whole fan-out; the tear-down prints
 * it against the platform floor (100,000 messages at 30/s = 3,333 s). Run it alone:
 * {@code mvn -B -q -ntp -Pbench test-compile exec:exec -Dbench.args="ReminderFanOut -wi 0 -i 1"}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(1)
public class ReminderFanOutBenchmark {
    private static final Instant DUE = Instant.parse("2026-03-02T17:30:00Z");
    private static final double PLATFORM_PER_SECOND = 30.0;
    private static final String[][] ZONES_AND_TIMES = {
        {"UTC", "17:30"}, {"Europe/Berlin", "18:30"}, {"America/New_York", "12:30"}, {"Asia/Kolkata", "23:00"}};

    /** A database of users all due at {@link #DUE}, and the scheduler that will remind them. */
    @State(Scope.Benchmark)
    public static class DueUsers {
        @Param("100000")
        int users;
        Path dir;
        Database database;
        MutableClock clock;
        ReminderScheduler scheduler;
        final AtomicInteger delivered = new AtomicInteger();
        long startedNanos;
        long elapsedNanos;

        @Setup(Level.Iteration)
        public void fill() throws IOException {
            dir = Files.createTempDirectory("coach-reminders-bench");
            // durability full, as when the figures in docs/reminders.md were taken: every claim is fsynced
            database = Database.open(dir.resolve("coach.db"), com.jobfuture.coach.storage.Durability.FULL);
            DeckRegistry decks = DeckRegistry.load(List.of(Path.of("questions")), new DeckLoader(), new ArrayList<>());
            List<String> questionIds = decks.catalog().questions().stream().map(q -> q.id()).limit(5).toList();
            insertUsers(questionIds);
            clock = new MutableClock(DUE);
            delivered.set(0);
            PrivateMessengers messengers = new PrivateMessengers();
            messengers.register("bench", new PacedPlatform(clock, delivered));
            JdbcSettingsRepository settingsRepository = new JdbcSettingsRepository(database);
            SettingsService settings = new SettingsService(settingsRepository, database, ZoneOffset.UTC, clock);
            scheduler = new ReminderScheduler(new JdbcReminderRepository(database), settings, messengers,
                    new ReminderComposer(new JdbcReviewRepository(database), decks), database,
                    new ReminderOptions(Duration.ofHours(2), Duration.ofSeconds(10), 500), clock);
        }

        /** Users, identities, settings (reminders on, due at the same instant in four zones) and due cards. */
        private void insertUsers(List<String> questionIds) {
            long now = DUE.minus(Duration.ofDays(30)).toEpochMilli();
            database.write(c -> {
                try (PreparedStatement user = c.prepareStatement("INSERT INTO users (id, display_name, created_at) "
                        + "VALUES (?, ?, ?)");
                     PreparedStatement identity = c.prepareStatement("INSERT INTO identities (platform, external_id, "
                             + "user_id, created_at) VALUES ('bench', ?, ?, ?)");
                     PreparedStatement settings = c.prepareStatement("INSERT INTO user_settings (user_id, zone, "
                             + "reminders_on, reminder_time, reminder_platform, reminder_chat, reminder_next_at, "
                             + "areas, updated_at) VALUES (?, ?, 1, ?, 'bench', ?, ?, '', ?)");
                     PreparedStatement card = c.prepareStatement("INSERT INTO review_cards (user_id, question_id, "
                             + "state, step, stability, difficulty, due, last_review) "
                             + "VALUES (?, ?, 'REVIEW', 0, 3.2, 5.0, ?, ?)")) {
                    for (int id = 1; id <= users; id++) {
                        user.setLong(1, id);
                        user.setString(2, "user " + id);
                        user.setLong(3, now);
                        user.addBatch();
                        identity.setString(1, String.valueOf(id));
                        identity.setLong(2, id);
                        identity.setLong(3, now);
                        identity.addBatch();
                        String[] zoneAndTime = ZONES_AND_TIMES[id % ZONES_AND_TIMES.length];
                        settings.setLong(1, id);
                        settings.setString(2, zoneAndTime[0]);
                        settings.setString(3, zoneAndTime[1]);
                        settings.setString(4, String.valueOf(id));
                        settings.setLong(5, DUE.toEpochMilli());
                        settings.setLong(6, now);
                        settings.addBatch();
                        for (String questionId : questionIds) {
                            card.setLong(1, id);
                            card.setString(2, questionId);
                            card.setLong(3, DUE.minus(Duration.ofHours(1)).toEpochMilli());
                            card.setLong(4, DUE.minus(Duration.ofDays(3)).toEpochMilli());
                            card.addBatch();
                        }
                        if (id % 5_000 == 0) {
                            user.executeBatch();
                            identity.executeBatch();
                            settings.executeBatch();
                            card.executeBatch();
                        }
                    }
                    user.executeBatch();
                    identity.executeBatch();
                    settings.executeBatch();
                    card.executeBatch();
                }
                return null;
            });
            database.write(c -> {
                try (Statement analyze = c.createStatement()) {
                    return analyze.executeUpdate("ANALYZE");
                }
            });
        }

        @TearDown(Level.Iteration)
        public void report() throws IOException {
            double seconds = elapsedNanos / 1e9;
            double floor = users / PLATFORM_PER_SECOND;
            double platformSeconds = Duration.between(DUE, clock.instant()).toMillis() / 1000.0;
            System.out.printf(Locale.ROOT, "%nReminder fan-out: %,d of %,d users reminded once; core time %.1f s "
                            + "(%.2f ms a reminder) = %.1f%% of the platform floor (%,d messages at %.0f/s = %,.0f s);"
                            + " with the simulated platform the last one went out %,.0f s after the due minute "
                            + "(grace 7,200 s)%n", delivered.get(), users, seconds, seconds * 1000 / users,
                    100 * seconds / floor, users, PLATFORM_PER_SECOND, floor, platformSeconds);
            if (delivered.get() != users) {
                throw new IllegalStateException("expected every user reminded once, got " + delivered.get());
            }
            database.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** A platform that accepts 30 messages a second: each message moves the virtual clock by 1/30 s. */
    static final class PacedPlatform implements PrivateMessenger {
        private final MutableClock clock;
        private final AtomicInteger delivered;
        private final Duration perMessage = Duration.ofNanos((long) (1e9 / PLATFORM_PER_SECOND));

        PacedPlatform(MutableClock clock, AtomicInteger delivered) {
            this.clock = clock;
            this.delivered = delivered;
        }

        @Override
        public CompletionStage<DeliveryResult> send(PrivateMessage message) {
            clock.advance(perMessage);
            delivered.incrementAndGet();
            return CompletableFuture.completedFuture(new DeliveryResult.Delivered());
        }
    }

    /** The whole fan-out: ticks (a batch of 500 each) until nobody is due. */
    @Benchmark
    public int fanOut(DueUsers state) {
        long start = System.nanoTime();
        int sent = 0;
        ReminderScheduler.TickReport report;
        do {
            report = state.scheduler.tick();
            sent += report.sent();
        } while (report.handled() > 0);
        state.elapsedNanos = System.nanoTime() - start;
        return sent;
    }
}
