package com.jobfuture.coach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.ReviewCard;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import com.jobfuture.coach.platform.fakes.Eventually;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void opensInWalModeWithForeignKeysAndMigrations() {
        try (Database db = Database.open(dir.resolve("nested/folder/coach.db"))) {
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            String version = db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rows = s.executeQuery("SELECT MAX(version) FROM flyway_schema_history")) {
                    rows.next();
                    return rows.getString(1);
                }
            });
            assertThat(version).isNotBlank();
        }
    }

    @Test
    void everyConnectionRunsWithTheConfiguredDurability() throws Exception {
        for (Durability durability : Durability.values()) {
            String expected = durability == Durability.FULL ? "2" : "1"; // PRAGMA synchronous: FULL=2, NORMAL=1
            try (Database db = Database.open(dir.resolve(durability.key() + ".db"), durability)) {
                assertThat(db.<String>write(c -> pragmaOn(c, "synchronous"))).as("writer, %s", durability)
                        .isEqualTo(expected);
                assertThat(readersAtOnce(db, 4, "synchronous")).as("readers, %s", durability)
                        .hasSize(4).containsOnly(expected);
                assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            }
        }
        try (Database db = Database.open(dir.resolve("default.db"))) {
            assertThat(db.<String>write(c -> pragmaOn(c, "synchronous"))).as("the default is normal").isEqualTo("1");
        }
    }

    @Test
    void withFullDurabilityALightWriteIsCommittedUnflushedAndTheNextFullCommitFlushes() {
        Path file = dir.resolve("full.db");
        try (Database db = Database.open(file, Durability.FULL)) {
            long commits = db.commits();
            long flushed = db.flushedCommits();
            String level = db.lightWrite(c -> {
                insertUser(db, "shown");
                return pragmaOn(c, "synchronous");
            });
            assertThat(level).as("synchronous while the light write runs").isEqualTo("1");
            assertThat(db.commits() - commits).as("the light write is committed before it returns").isEqualTo(1);
            assertThat(db.flushedCommits() - flushed).as("without a flush").isZero();
            assertThat(userNames(db)).as("and every reader sees it").containsExactly("shown");
            try (Database other = Database.open(file, Durability.FULL)) {
                assertThat(userNames(other)).as("so does another connection to the file").containsExactly("shown");
            }

            String fullLevel = db.<String>write(c -> {
                insertUser(db, "answered");
                return pragmaOn(c, "synchronous");
            });
            assertThat(fullLevel).as("synchronous for a full write after a light one").isEqualTo("2");
            assertThat(db.commits() - commits).isEqualTo(2);
            assertThat(db.flushedCommits() - flushed).as("the full write's commit is flushed").isEqualTo(1);
            assertThat(readersAtOnce(db, 2, "synchronous")).as("readers keep the configured level")
                    .containsOnly("2");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        try (Database reopened = Database.open(file, Durability.FULL)) {
            assertThat(userNames(reopened)).containsExactly("shown", "answered");
        }
    }

    @Test
    void aFullWriteNeverSharesTheUnflushedCommitOfLightWrites() throws Exception {
        try (Database db = Database.open(dir.resolve("full.db"), Durability.FULL)) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                long flushed = db.flushedCommits();
                Future<?> light = threads.submit(() -> db.lightWrite(c -> {
                    insertUser(db, "shown");
                    holding.countDown();
                    await(release);
                    return null;
                }));
                holding.await();
                Future<String> full = threads.submit(() -> db.<String>write(c -> {
                    insertUser(db, "answered");
                    return pragmaOn(c, "synchronous");
                }));
                Eventually.until("the full write waits for the writer", Duration.ofSeconds(10),
                        () -> db.writersWaiting() == 1);
                release.countDown();
                light.get(10, TimeUnit.SECONDS);
                assertThat(full.get(10, TimeUnit.SECONDS)).as("the full write ran at synchronous FULL")
                        .isEqualTo("2");
                assertThat(db.flushedCommits() - flushed).isEqualTo(1);
                assertThat(userNames(db)).containsExactly("shown", "answered");
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @Test
    void withNormalDurabilityOrInsideADeferredBlockALightWriteIsAnOrdinaryOne() {
        try (Database db = Database.open(dir.resolve("normal.db"), Durability.NORMAL)) {
            assertThat(db.<String>lightWrite(c -> pragmaOn(c, "synchronous"))).isEqualTo("1");
            assertThat(db.flushedCommits()).as("nothing is flushed at a commit with normal").isZero();
        }
        try (Database db = Database.open(dir.resolve("full.db"), Durability.FULL)) {
            long commits = db.commits();
            long flushed = db.flushedCommits();
            String level = db.deferCommits(() -> {
                insertUser(db, "receipt");
                String seen = db.lightWrite(c -> pragmaOn(c, "synchronous"));
                insertUser(db, "reply");
                return seen;
            });
            assertThat(level).isEqualTo("2");
            assertThat(db.commits() - commits).as("one commit for the block").isEqualTo(1);
            assertThat(db.flushedCommits() - flushed).isEqualTo(1);
        }
    }

    @Test
    void aFailedTransactionCommitsNothing() {
        try (Database db = Database.open(dir.resolve("coach.db"))) {
            JdbcUserRepository users = new JdbcUserRepository(db);
            JdbcReviewRepository reviews = new JdbcReviewRepository(db);
            long user = users.resolve("test", "1", "Dana", Instant.EPOCH);
            ReviewCard card = new ReviewCard(CardState.REVIEW, 0, 3.0, 5.0, Instant.parse("2026-01-02T00:00:00Z"),
                    Instant.parse("2026-01-01T00:00:00Z"));

            assertThatThrownBy(() -> db.inTransaction(() -> {
                reviews.saveCard(user, "q1", card);
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(reviews.cards(user)).isEmpty();

            db.inTransaction(() -> {
                reviews.saveCard(user, "q1", card);
                return null;
            });
            assertThat(reviews.cards(user)).containsEntry("q1", card);
        }
    }

    @Test
    void foreignKeysRejectOrphanRows() {
        try (Database db = Database.open(dir.resolve("coach.db"))) {
            JdbcReviewRepository reviews = new JdbcReviewRepository(db);
            ReviewCard card = ReviewCard.newCard(Instant.EPOCH);

            assertThatThrownBy(() -> reviews.saveCard(999, "q1", card)).isInstanceOf(StorageException.class);
        }
    }

    @Test
    void identitiesResolveToTheSameUserAcrossReopen() {
        Path file = dir.resolve("coach.db");
        long first;
        try (Database db = Database.open(file)) {
            first = new JdbcUserRepository(db).resolve("telegram", "42", "Dana", Instant.EPOCH);
        }
        try (Database db = Database.open(file)) {
            JdbcUserRepository users = new JdbcUserRepository(db);
            assertThat(users.resolve("telegram", "42", "Dana", Instant.EPOCH)).isEqualTo(first);
            assertThat(users.resolve("discord", "42", "Dana", Instant.EPOCH)).isNotEqualTo(first);
            assertThat(users.displayName(first)).contains("Dana");
        }
    }

    @Test
    void aFailedNestedWriteUndoesOnlyItself() {
        try (Database db = Database.open(dir.resolve("coach.db"))) {
            db.write(c -> {
                insertUser(db, "kept");
                try {
                    db.write(nested -> {
                        insertUser(db, "undone");
                        throw new IllegalStateException("the nested write fails");
                    });
                } catch (IllegalStateException expected) {
                    // the outer write goes on, as CoachBot does after a feature fails
                }
                return null;
            });
            assertThat(userNames(db)).containsExactly("kept");
        }
    }

    @Test
    void readsKeepTheirConnections() {
        try (Database db = Database.open(dir.resolve("coach.db"))) {
            int before = db.readConnectionsOpened();
            for (int i = 0; i < 200; i++) {
                assertThat(userNames(db)).isEmpty();
            }
            assertThat(db.readConnectionsOpened() - before).as("connections opened for 200 reads").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void writesQueuedBehindACommitShareTheNextOne() throws Exception {
        try (Database db = Database.open(dir.resolve("coach.db"))) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(9);
            try {
                threads.submit(() -> db.write(c -> {
                    insertUser(db, "first");
                    holding.countDown();
                    await(release);
                    return null;
                }));
                holding.await();
                List<Future<?>> writes = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String name = "user" + i;
                    writes.add(threads.submit(() -> db.write(c -> insertUser(db, name))));
                }
                Eventually.until("eight writes wait for the writer", Duration.ofSeconds(10),
                        () -> db.writersWaiting() == 8);
                long commitsBefore = db.commits();
                release.countDown();
                for (Future<?> write : writes) {
                    write.get(10, TimeUnit.SECONDS);
                }
                assertThat(db.commits() - commitsBefore).as("commits for nine writes of nine threads")
                        .isLessThanOrEqualTo(2);
                assertThat(userNames(db)).hasSize(9);
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @Test
    void deferredWritesAreCommittedOnceAtTheEndAndVisibleInside() {
        try (Database db = Database.open(dir.resolve("coach.db"))) {
            long before = db.commits();
            List<String> seenInside = db.deferCommits(() -> {
                for (int i = 0; i < 20; i++) {
                    insertUser(db, "user" + i);
                }
                return userNames(db);
            });
            assertThat(seenInside).hasSize(20);
            assertThat(db.commits() - before).isEqualTo(1);
            assertThat(userNames(db)).hasSize(20);
        }
    }

    @Test
    void anAsyncWriteCompletesOnceCommitted() throws Exception {
        Path file = dir.resolve("coach.db");
        try (Database db = Database.open(file)) {
            long before = db.commits();
            db.writeAsync(c -> insertUser(db, "later")).committed().get(10, TimeUnit.SECONDS);
            assertThat(db.commits() - before).isEqualTo(1);
        }
        try (Database reopened = Database.open(file)) {
            assertThat(userNames(reopened)).containsExactly("later");
        }
    }

    private static long insertUser(Database db, String name) {
        return new JdbcUserRepository(db).resolve("test", name, name, Instant.EPOCH);
    }

    private static List<String> userNames(Database db) {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT display_name FROM users ORDER BY id")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The PRAGMA as seen by {@code count} reads that run at the same time (so each holds its own connection). */
    private static List<String> readersAtOnce(Database db, int count, String name) throws Exception {
        CountDownLatch allReading = new CountDownLatch(count);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<String>> values = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                values.add(threads.submit(() -> db.read(c -> {
                    allReading.countDown();
                    await(allReading);
                    return pragmaOn(c, name);
                })));
            }
            List<String> seen = new ArrayList<>();
            for (Future<String> value : values) {
                seen.add(value.get(10, TimeUnit.SECONDS));
            }
            return seen;
        } finally {
            threads.shutdownNow();
        }
    }

    private static String pragmaOn(java.sql.Connection c, String name) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("PRAGMA " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("PRAGMA " + name)) {
                rows.next();
                return rows.getString(1);
            }
        });
    }
}
