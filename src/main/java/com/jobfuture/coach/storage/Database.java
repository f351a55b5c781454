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
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database: SQLite (WAL mode, foreign keys on, secure delete: deleted content is zeroed; one process; each
 * commit flushed as its {@link Durability} says) or PostgreSQL (several processes may share it), migrated with
 * Flyway on open from the dialect's migrations. Connections come from a HikariCP pool. Thread-safe.
 *
 * <p><b>Writes</b> go through one connection (SQLite has one writer), each in a savepoint of the transaction open
 * on it, so a write — nested ones included — applies whole or not at all. <b>Group commit</b>: a write returns once
 * a commit covers it, and one commit (one fsync) covers every write made since the previous one, whichever threads
 * made them: while one commit runs, the writes queued behind it go into the next. {@link #deferCommits} lets a
 * thread make several writes and wait for their commit once, at the end; {@link #writeAsync} does not wait at all.
 * Writes become durable in the order they were made, so after a crash the durable writes are always a prefix.
 *
 * <p><b>Light writes</b> ({@link #lightWrite}) record nothing a user is told counted (which question is shown). With
 * {@link Durability#FULL} their commit skips the flush to the disk ({@code synchronous=NORMAL} for that commit): they
 * survive a crash of the process at once, and a power loss once the next full commit has flushed the log, which
 * covers every commit before it. A full write never shares a commit with light ones: it commits them first (without
 * a flush), then its own commit flushes. With {@link Durability#NORMAL} no commit is flushed and both kinds are alike.
 *
 * <p><b>Reads</b> run on kept connections and see committed data; inside a write, or in a {@link #deferCommits}
 * block after its first write, they run on the writer and also see what is not committed yet.
 */
public final class Database implements Transactions, StorageScrubber, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int MAX_IDLE_READERS = 8;
    private static final int KEPT_FAILURES = 64;
    /** How long a {@link #writeAsync} write waits to share another commit before it is committed on its own. */
    static final Duration ASYNC_GRACE = Duration.ofMillis(20);
    private static final int SCRUB_ATTEMPTS = 3;
    private final Connection writer;
    /** Guards the writer connection; fair, so a committing thread queues behind the writes already waiting. */
    private final ReentrantLock writerLock = new ReentrantLock(true);
    private final ReaderPool readers;
    /** SQLite: copies the write-ahead log into the database file in the background. */
    private final Optional<WalCheckpointer> checkpointer;
    private final HikariDataSource pool;
    private final SqlDialect dialect;
    private final ThreadLocal<Deferral> deferral = new ThreadLocal<>();
    private final ExecutorService committer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "database-commit");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong flushedCommits = new AtomicLong();
    /** Whether commits are flushed unless light: SQLite with {@link Durability#FULL}. */
    private final boolean lightSkipsFlush;
    /** Whether the open transaction runs at synchronous=NORMAL for light writes; guarded by writerLock. */
    private boolean openLight;
    /** Guards the commit state below. */
    private final Object commitState = new Object();
    /** The batch the writes on the open transaction belong to; guarded by writerLock. */
    private long openBatch = 1;
    /** Whether the open transaction holds writes not committed yet; guarded by writerLock. */
    private boolean dirty;
    private long committedBatch;
    private boolean committing;
    private final Map<Long, RuntimeException> batchToFailure = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RuntimeException> eldest) {
            return size() > KEPT_FAILURES;
        }
    };
    private volatile boolean closed;

    /** Work done with a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A {@link #deferCommits} block on one thread: the newest batch it wrote in. */
    private static final class Deferral {
        private long latestBatch;
    }

    private Database(HikariDataSource pool, SqlDialect dialect, Optional<Durability> durability, Connection writer)
            throws SQLException {
        this.writer = writer;
        this.pool = pool;
        this.dialect = dialect;
        this.lightSkipsFlush = durability.orElse(Durability.NORMAL) == Durability.FULL;
        this.readers = new ReaderPool(pool, MAX_IDLE_READERS, dialect == SqlDialect.SQLITE);
        if (dialect == SqlDialect.SQLITE) {
            try (Statement statement = writer.createStatement()) {
                statement.execute("PRAGMA wal_autocheckpoint=0"); // WalCheckpointer copies the log instead
            }
            this.checkpointer = Optional.of(new WalCheckpointer(readers));
        } else {
            this.checkpointer = Optional.empty();
        }
        writer.setAutoCommit(false);
    }

    /** Opens (creating folders and file if needed) and migrates the database at the path, durability normal. */
    public static Database open(Path file) {
        return open(file, Durability.DEFAULT);
    }

    /**
     * Opens (creating folders and file if needed) and migrates the database at the path; every connection (the
     * writer and each reader) runs with the {@code synchronous} level of the durability.
     */
    public static Database open(Path file, Durability durability) {
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
        config.setSynchronous(durability == Durability.FULL ? SQLiteConfig.SynchronousMode.FULL
                : SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        // Deleted rows are overwritten with zeros (in the page and in freed pages), so /forget leaves no copy.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return open(dataSource, SqlDialect.SQLITE, Optional.of(durability),
                file.toAbsolutePath() + " (durability " + durability.key() + ")");
    }

    /**
     * Connects to (and migrates) the PostgreSQL database at the JDBC URL, as the user with the password when given
     * (else as the URL says). Several processes may open the same database.
     */
    public static Database openPostgres(String url, Optional<String> user, Optional<String> password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        user.ifPresent(dataSource::setUser);
        password.ifPresent(dataSource::setPassword);
        int query = url.indexOf('?');
        return open(dataSource, SqlDialect.POSTGRESQL, Optional.empty(), query < 0 ? url : url.substring(0, query));
    }

    private static Database open(DataSource dataSource, SqlDialect dialect, Optional<Durability> durability,
                                 String shownName) {
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.migrations())
                .load()
                .migrate();
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setPoolName("coach-db");
        // the writer, the kept readers and readers beyond them (closed again at once)
        config.setMaximumPoolSize(MAX_IDLE_READERS + 24);
        config.setMinimumIdle(1);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Connection writer = dialect == SqlDialect.SQLITE ? StatementCache.around(pool.getConnection())
                    : pool.getConnection();
            LOG.info("Opened database {}", shownName);
            return new Database(pool, dialect, durability, writer);
        } catch (SQLException e) {
            pool.close();
            throw new StorageException("cannot open the database " + shownName, e);
        }
    }

    /** Which database this is, for the few statements that differ. */
    public SqlDialect dialect() {
        return dialect;
    }

    /**
     * Runs work as one write (joining the current one on this thread, if any, as a nested write that applies
     * whole or not at all) and returns once it is committed — or at once inside {@link #deferCommits}.
     */
    public <T> T write(SqlWork<T> work) {
        return write(work, false);
    }

    /**
     * Runs work that records nothing a user is told counted as one light write (see the class comment): committed
     * and visible to every read when it returns, but with {@link Durability#FULL} not flushed to the disk until the
     * next full commit. Inside a write it joins that one; inside {@link #deferCommits} it is an ordinary write.
     */
    public <T> T lightWrite(SqlWork<T> work) {
        return write(work, true);
    }

    private <T> T write(SqlWork<T> work, boolean lightWanted) {
        // a deferCommits block waits for one commit at its end anyway: its light writes are flushed with the rest
        boolean light = lightWanted && deferral.get() == null;
        if (writerLock.isHeldByCurrentThread()) {
            return inSavepoint(work); // joins the outer write, light or not: the outer one says what it is
        }
        T result;
        long batch;
        writerLock.lock();
        try {
            ensureOpen();
            prepareFlushLevel(light);
            result = inSavepoint(work);
            batch = openBatch;
        } finally {
            writerLock.unlock();
        }
        Deferral deferred = deferral.get();
        if (deferred != null) {
            deferred.latestBatch = batch;
        } else {
            awaitCommit(batch);
        }
        return result;
    }

    /**
     * Runs the work without waiting for the commit of each write inside it, then waits once for a commit that covers
     * them all (shared with other threads' writes) and returns. Each write still applies whole or not at all, and
     * they become durable in order: a crash before this returns leaves a prefix of them. Reads inside see the
     * writes made before them. Nested blocks join the outer one.
     */
    public <T> T deferCommits(Supplier<T> work) {
        if (deferral.get() != null) {
            return work.get();
        }
        Deferral deferred = new Deferral();
        deferral.set(deferred);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            if (deferred.latestBatch > 0) {
                commitSoon(deferred.latestBatch, Duration.ZERO); // what was written stays written; make it durable
            }
            throw e;
        } finally {
            deferral.remove();
        }
        if (deferred.latestBatch > 0) {
            awaitCommit(deferred.latestBatch);
        }
        return result;
    }

    /** What {@link #writeAsync} wrote: its result at once, and a stage completing with it once committed. */
    public record Written<T>(T result, CompletableFuture<T> committed) {
    }

    /**
     * Runs work as one write now and returns without waiting for its commit: it is committed with the next commit
     * another thread makes, or on its own after {@link #ASYNC_GRACE} (by a background thread). A failed write
     * throws, as {@link #write} does.
     */
    public <T> Written<T> writeAsync(SqlWork<T> work) {
        return writeAsync(work, ASYNC_GRACE);
    }

    /** The same, waiting up to {@code grace} to share another commit before it is committed on its own. */
    public <T> Written<T> writeAsync(SqlWork<T> work, Duration grace) {
        T result;
        long batch;
        writerLock.lock(); // inside a write on this thread: joins it, and is committed with it
        try {
            ensureOpen();
            if (writerLock.getHoldCount() == 1) { // not inside a write on this thread
                prepareFlushLevel(false);
            }
            result = inSavepoint(work);
            batch = openBatch;
        } finally {
            writerLock.unlock();
        }
        CompletableFuture<T> committed = new CompletableFuture<>();
        commitSoon(batch, grace).whenComplete((ignored, failure) -> {
            if (failure != null) {
                committed.completeExceptionally(failure);
            } else {
                committed.complete(result);
            }
        });
        return new Written<>(result, committed);
    }

    /** Runs read-only work; inside a write (or after a write of a {@link #deferCommits} block) it sees its changes. */
    public <T> T read(SqlWork<T> work) {
        if (writerLock.isHeldByCurrentThread()) {
            return run(work, writer);
        }
        Deferral deferred = deferral.get();
        if (deferred != null && deferred.latestBatch > committedBatch()) {
            writerLock.lock();
            try {
                ensureOpen();
                return run(work, writer);
            } finally {
                writerLock.unlock();
            }
        }
        Connection connection;
        try {
            connection = readers.borrow();
        } catch (SQLException e) {
            throw new StorageException("cannot open a read connection", e);
        }
        boolean healthy = false;
        try {
            T result = work.run(connection);
            healthy = true;
            return result;
        } catch (SQLException e) {
            throw new StorageException("database read failed", e);
        } finally {
            readers.giveBack(connection, healthy);
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return write(connection -> work.get());
    }

    @Override
    public <T> T inLightTransaction(Supplier<T> work) {
        return lightWrite(connection -> work.get());
    }

    /** How many transactions were committed so far: for measurements. */
    public long commits() {
        return commits.get();
    }

    /**
     * How many of those commits were flushed to the disk (an fsync of the log; SQLite with {@link Durability#FULL}
     * except light ones; every commit on PostgreSQL, whose server flushes by default): for measurements.
     */
    public long flushedCommits() {
        return flushedCommits.get();
    }

    /** How many background checkpoints of SQLite's write-ahead log ran so far (0 on PostgreSQL; for tests). */
    long walCheckpoints() {
        return checkpointer.map(WalCheckpointer::checkpoints).orElse(0L);
    }

    /** How many read connections were opened so far (tests check that reads keep theirs). */
    int readConnectionsOpened() {
        return readers.opened();
    }

    /** How many threads wait for the writer connection (tests line writes up behind one). */
    int writersWaiting() {
        return writerLock.getQueueLength();
    }

    /**
     * Commits what is written, then copies every committed change from the write-ahead log into the database file
     * and truncates the log to zero bytes, so older versions of deleted rows are gone from the log too. Waits (up to
     * the busy timeout, a few tries) for readers holding an older snapshot; returns false if some stayed. Inside a
     * write on this thread (its transaction still open) it is done by a background thread once that write is over.
     * PostgreSQL has neither: there, a VACUUM of the user tables removes the deleted rows at once
     * ({@link PostgresVacuum}; their bytes are not zeroed).
     */
    @Override
    public boolean scrubDeleted() {
        if (dialect == SqlDialect.POSTGRESQL) {
            // PostgreSQL cannot zero deleted rows: a VACUUM removes them from the tables now (their space is free
            // to be overwritten) instead of at autovacuum's next visit
            return PostgresVacuum.userTables(pool);
        }
        if (writerLock.isHeldByCurrentThread()) {
            try {
                committer.execute(this::scrubDeleted);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.warn("Could not truncate the write-ahead log: the database is closing");
            }
            return false;
        }
        for (int attempt = 1; attempt <= SCRUB_ATTEMPTS; attempt++) {
            long pending;
            writerLock.lock();
            try {
                ensureOpen();
                if (!dirty) {
                    return checkpointTruncate();
                }
                pending = openBatch;
            } finally {
                writerLock.unlock();
            }
            awaitCommit(pending); // the deletes (and whatever else is written) become durable first
        }
        LOG.warn("Could not truncate the write-ahead log: writes kept coming; deleted data leaves it at the next "
                + "checkpoint");
        return false;
    }

    /** The checkpoint itself, with the writer's lock held and no write pending (outside any transaction). */
    private boolean checkpointTruncate() {
        try {
            writer.setAutoCommit(true);
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
            } finally {
                writer.setAutoCommit(false);
            }
            LOG.warn("Could not truncate the write-ahead log: readers kept it busy; deleted data leaves it at the "
                    + "next checkpoint");
            return false;
        } catch (SQLException e) {
            throw new StorageException("WAL checkpoint failed", e);
        }
    }

    /** Commits what is written, then closes every connection. Idempotent. */
    @Override
    public void close() {
        long last;
        writerLock.lock();
        try {
            if (closed) {
                return;
            }
            last = openBatch;
        } finally {
            writerLock.unlock();
        }
        try {
            awaitCommit(last);
        } catch (StorageException e) {
            LOG.warn("The last writes could not be committed", e);
        }
        committer.shutdown();
        checkpointer.ifPresent(WalCheckpointer::close);
        writerLock.lock();
        try {
            closed = true;
            writer.close();
        } catch (SQLException e) {
            LOG.warn("Closing the database failed", e);
        } finally {
            writerLock.unlock();
        }
        readers.close();
        pool.close();
        try {
            committer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs the work in a savepoint of the open transaction; on failure only its own changes are undone. */
    private <T> T inSavepoint(SqlWork<T> work) {
        Savepoint savepoint;
        try {
            savepoint = writer.setSavepoint();
        } catch (SQLException e) {
            throw new StorageException("database write failed", e);
        }
        try {
            T result = work.run(writer);
            writer.releaseSavepoint(savepoint);
            dirty = true;
            return result;
        } catch (SQLException | RuntimeException e) {
            undo(savepoint, e);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StorageException("database write failed", e);
        }
    }

    private void undo(Savepoint savepoint, Exception cause) {
        try {
            writer.rollback(savepoint);
            writer.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            // SQLite rolled the whole transaction back itself (I/O error, disk full): every write of the open
            // batch is lost, so its writers learn that it failed
            LOG.error("A failed write took the whole open transaction with it", e);
            failOpenBatch(new StorageException("database write failed; the transaction was rolled back", cause));
        }
    }

    private void failOpenBatch(StorageException failure) {
        long failed = openBatch;
        try {
            writer.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        dirty = false;
        openBatch++;
        synchronized (commitState) {
            batchToFailure.put(failed, failure);
            committedBatch = Math.max(committedBatch, failed);
            commitState.notifyAll();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StorageException("the database is closed", null);
        }
    }

    /**
     * Returns once {@code batch} is committed, committing it (and every write made up to then) if no other thread
     * is; throws if its commit failed.
     */
    private void awaitCommit(long batch) {
        synchronized (commitState) {
            while (committedBatch < batch && committing) {
                try {
                    commitState.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StorageException("interrupted while waiting for a commit", e);
                }
            }
            if (committedBatch >= batch) {
                throwIfFailed(batch);
                return;
            }
            committing = true;
        }
        try {
            writerLock.lock();
            try {
                if (committedBatch() < batch) { // a full write may have committed it meanwhile
                    commitOpen();
                }
            } finally {
                writerLock.unlock();
            }
        } finally {
            synchronized (commitState) {
                committing = false;
                commitState.notifyAll();
            }
        }
        synchronized (commitState) {
            throwIfFailed(batch);
        }
    }

    /**
     * Commits the open transaction (every write made up to now) with the writer's lock held, and tells the threads
     * waiting for it; a failure is kept for them.
     */
    private void commitOpen() {
        long upTo = openBatch;
        StorageException failure = null;
        try {
            if (dirty && !closed) {
                writer.commit();
                commits.incrementAndGet();
                checkpointer.ifPresent(WalCheckpointer::committed);
                if (dialect == SqlDialect.POSTGRESQL || (lightSkipsFlush && !openLight)) {
                    flushedCommits.incrementAndGet();
                }
            }
        } catch (SQLException e) {
            failure = new StorageException("database commit failed", e);
            try {
                writer.rollback();
            } catch (SQLException rollback) {
                failure.addSuppressed(rollback);
            }
        } finally {
            dirty = false;
            openBatch = upTo + 1;
            synchronized (commitState) {
                if (failure != null) {
                    batchToFailure.put(upTo, failure);
                }
                committedBatch = Math.max(committedBatch, upTo);
                commitState.notifyAll();
            }
        }
    }

    /**
     * Sets the flush level of the open transaction for the write about to join it (writer's lock held): a light
     * write on a clean transaction turns flushing off; a full write on a light one commits the light writes first
     * (no flush) and turns it back on. A light write joining pending full writes is flushed with them.
     */
    private void prepareFlushLevel(boolean light) {
        if (!lightSkipsFlush || light == openLight || (light && dirty)) {
            return;
        }
        if (dirty) {
            commitOpen();
        }
        try {
            writer.setAutoCommit(true); // the level can change outside a transaction only
            try (Statement statement = writer.createStatement()) {
                statement.execute(light ? "PRAGMA synchronous=NORMAL" : "PRAGMA synchronous=FULL");
            } finally {
                writer.setAutoCommit(false);
            }
            openLight = light;
        } catch (SQLException e) {
            throw new StorageException("cannot set the flush level of the database", e);
        }
    }

    private void throwIfFailed(long batch) {
        RuntimeException failure = batchToFailure.get(batch);
        if (failure != null) {
            throw failure;
        }
    }

    private long committedBatch() {
        synchronized (commitState) {
            return committedBatch;
        }
    }

    /**
     * Asks the background thread to commit {@code batch} unless another commit covers it within {@code grace}; the
     * stage completes once it is committed.
     */
    private CompletableFuture<Void> commitSoon(long batch, Duration grace) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            committer.execute(() -> {
                try {
                    awaitOtherCommit(batch, grace);
                    awaitCommit(batch);
                    done.complete(null);
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            done.completeExceptionally(new StorageException("the database is closing", e));
        }
        return done;
    }

    private void awaitOtherCommit(long batch, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (commitState) {
            long left;
            while (committedBatch < batch && !closed && (left = deadline - System.nanoTime()) > 0) {
                try {
                    commitState.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
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
