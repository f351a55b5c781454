package com.jobfuture.coach.storage;

import com.jobfuture.coach.core.common.StorageScrubber;
import com.jobfuture.coach.core.common.Transactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database: WAL mode, foreign keys on, full sync, secure delete (deleted content is zeroed), migrated
 * with Flyway on open. Writes go through one
 * connection under a lock (SQLite has one writer); a transaction spans nested calls on the same thread.
 * Reads open short-lived connections, which WAL lets run beside the writer. Thread-safe.
 */
public final class Database implements Transactions, StorageScrubber, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int SCRUB_ATTEMPTS = 3;
    private final HikariDataSource readers;
    private final SqlDialect dialect;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    /** Work done with a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private Database(HikariDataSource readers, SqlDialect dialect, Connection writer) {
        this.readers = readers;
        this.dialect = dialect;
        this.writer = writer;
    }

    /** Opens (creating folders and file if needed) and migrates the database at the path. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of the database " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        // Deleted rows are overwritten with zeros (in the page and in freed pages), so /forget leaves no copy.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return open(dataSource, SqlDialect.SQLITE, file.toAbsolutePath().toString());
    }

    /**
     * Connects to (and migrates) the PostgreSQL database at the JDBC URL, as the user with the password when given
     * (else as the URL says). Several processes may open the same database.
     */
    public static Database openPostgres(String url, Optional<String> user, Optional<String> password) {
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setUrl(url);
        user.ifPresent(dataSource::setUser);
        password.ifPresent(dataSource::setPassword);
        int query = url.indexOf('?');
        return open(dataSource, SqlDialect.POSTGRESQL, query < 0 ? url : url.substring(0, query));
    }

    private static Database open(DataSource dataSource, SqlDialect dialect, String shownName) {
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.migrations())
                .load()
                .migrate();
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(dataSource);
        pool.setPoolName("coach-readers");
        pool.setMaximumPoolSize(32);
        pool.setMinimumIdle(1);
        pool.setReadOnly(false);
        HikariDataSource readers = new HikariDataSource(pool);
        try {
            Connection writer = dataSource.getConnection();
            LOG.info("Opened database {}", shownName);
            return new Database(readers, dialect, writer);
        } catch (SQLException e) {
            readers.close();
            throw new StorageException("cannot open the database " + shownName, e);
        }
    }

    /** Which database this is, for the few statements that differ. */
    public SqlDialect dialect() {
        return dialect;
    }

    /** Runs work in a write transaction (joining the current one on this thread, if any). */
    public <T> T write(SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            return run(work, joined);
        }
        writeLock.lock();
        try {
            writer.setAutoCommit(false);
            current.set(writer);
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                current.remove();
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("database write failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs read-only work; inside a write transaction it sees that transaction's changes. */
    public <T> T read(SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            return run(work, joined);
        }
        try (Connection connection = readers.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StorageException("database read failed", e);
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return write(connection -> work.get());
    }

    /**
     * Copies every committed change from the write-ahead log into the database file and truncates the log to
     * zero bytes, so older versions of deleted rows are gone from the log too. Waits (up to the busy timeout, a
     * few tries) for readers holding an older snapshot; returns false if some stayed.
     */
    @Override
    public boolean scrubDeleted() {
        if (dialect == SqlDialect.POSTGRESQL) {
            // PostgreSQL reuses the space of deleted rows at its next vacuum; it has no way to zero them now
            return false;
        }
        writeLock.lock();
        try {
            for (int attempt = 1; attempt <= SCRUB_ATTEMPTS; attempt++) {
                try (Statement statement = writer.createStatement();
                     ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                    if (result.next() && result.getInt(1) == 0) {
                        return true;
                    }
                }
                LOG.debug("WAL checkpoint blocked by a reader (attempt {})", attempt);
            }
            LOG.warn("Could not truncate the write-ahead log: readers kept it busy; deleted data leaves it at the "
                    + "next checkpoint");
            return false;
        } catch (SQLException e) {
            throw new StorageException("WAL checkpoint failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            writer.close();
        } catch (SQLException e) {
            LOG.warn("Closing the database failed", e);
        } finally {
            writeLock.unlock();
            readers.close();
        }
    }

    private static <T> T run(SqlWork<T> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StorageException("database call failed", e);
        }
    }
}
