package com.jobfuture.coach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.fakes.Eventually;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite connections keep their compiled statements, and the write-ahead log is copied in the background. */
class KeptStatementsTest {
    private static final String NAMES = "SELECT display_name FROM users ORDER BY id";

    @TempDir
    Path dir;

    @Test
    void aStatementIsCompiledOnceAndAReadLeftUnfinishedHoldsNoOldSnapshot() {
        try (Database db = Database.open(dir.resolve("coach.db"))) {
            JdbcUserRepository users = new JdbcUserRepository(db);
            users.resolve("test", "1", "Ann", Instant.EPOCH);
            users.resolve("test", "2", "Ben", Instant.EPOCH);
            Object first = db.read(c -> firstRowThenClose(c.prepareStatement(NAMES), "Ann"));
            Object again = db.read(c -> firstRowThenClose(c.prepareStatement(NAMES), "Ann"));
            assertThat(again).as("the same compiled statement").isSameAs(first);

            users.resolve("test", "3", "Cat", Instant.EPOCH);
            int rows = db.read(c -> {
                try (PreparedStatement statement = c.prepareStatement("SELECT COUNT(*) FROM users");
                     ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getInt(1);
                }
            });
            assertThat(rows).as("the kept reader sees the newest commit").isEqualTo(3);
            assertThat(db.scrubDeleted()).as("no kept statement holds a snapshot back from a full checkpoint")
                    .isTrue();
        }
    }

    @Test
    void theWriterLeavesCheckpointsToTheBackground() {
        try (Database db = Database.open(dir.resolve("coach.db"))) {
            assertThat(db.<String>write(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA wal_autocheckpoint")) {
                    r.next();
                    return r.getString(1);
                }
            })).isEqualTo("0");
            JdbcUserRepository users = new JdbcUserRepository(db);
            for (int i = 0; i < WalCheckpointer.EVERY_COMMITS + 1; i++) {
                users.resolve("test", "u" + i, "User " + i, Instant.EPOCH);
            }
            Eventually.until("a background checkpoint", Duration.ofSeconds(10), () -> db.walCheckpoints() > 0);
            assertThat(new JdbcUserRepository(db).resolve("test", "u7", "User 7", Instant.EPOCH)).isPositive();
        }
    }

    /** Reads only the first row, then closes the statement with its result still open (as a lookup by key does). */
    private static Object firstRowThenClose(PreparedStatement statement, String expected)
            throws java.sql.SQLException {
        ResultSet result = statement.executeQuery();
        assertThat(result.next()).isTrue();
        assertThat(result.getString(1)).isEqualTo(expected);
        Object compiled = statement.unwrap(org.sqlite.jdbc3.JDBC3PreparedStatement.class);
        statement.close();
        return compiled;
    }
}
