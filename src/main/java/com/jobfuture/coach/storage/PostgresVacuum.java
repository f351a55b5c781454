package com.jobfuture.coach.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After /forget on PostgreSQL: a VACUUM of the tables that hold a user's rows (users and every table with a
 * {@code user_id} column), so the deleted row versions are removed from the tables and their indexes at once
 * rather than at autovacuum's next visit. It does not zero their bytes: the space is free to be overwritten, and
 * the write-ahead log keeps its copies until its segments are recycled (docs/sharing.md says so).
 */
final class PostgresVacuum {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresVacuum.class);

    private PostgresVacuum() {
    }

    /**
     * Runs the VACUUM on a connection of its own (VACUUM cannot run inside a transaction); true when it ran. Tables
     * another VACUUM is working on are skipped (that one removes the rows).
     */
    static boolean userTables(DataSource pool) {
        try (Connection connection = pool.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>(List.of("users"));
                try (ResultSet rows = statement.executeQuery("SELECT DISTINCT table_name FROM "
                        + "information_schema.columns WHERE table_schema = current_schema() "
                        + "AND column_name = 'user_id' ORDER BY table_name")) {
                    while (rows.next()) {
                        tables.add(quoted(rows.getString(1)));
                    }
                }
                long started = System.nanoTime();
                statement.execute("VACUUM (SKIP_LOCKED) " + String.join(", ", tables));
                LOG.debug("Vacuumed {} tables after a forget in {} ms", tables.size(),
                        (System.nanoTime() - started) / 1_000_000);
                return true;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            LOG.warn("VACUUM after a forget failed; autovacuum removes the deleted rows later: {}", e.getMessage());
            return false;
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
