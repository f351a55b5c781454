package com.jobfuture.coach.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies SQLite's write-ahead log into the database file on a background thread, as SQLite's documentation suggests
 * for applications that turn automatic checkpoints off: a commit then only appends to the log, instead of the
 * commit that crosses the threshold also copying (and with durability full, flushing) the whole log. A PASSIVE
 * checkpoint blocks neither the writer nor readers. It runs after {@link #EVERY_COMMITS} commits (about SQLite's
 * default of 1,000 pages) and each {@link #TICK} while commits come.
 */
final class WalCheckpointer implements AutoCloseable {
    static final int EVERY_COMMITS = 100;
    static final Duration TICK = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);
    private final ReaderPool connections;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread checkpoints = new Thread(task, "database-checkpoint");
        checkpoints.setDaemon(true);
        return checkpoints;
    });
    private final AtomicLong commitsSince = new AtomicLong();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicLong checkpoints = new AtomicLong();

    /** Checkpoints through connections of {@code connections} (never the writer). */
    WalCheckpointer(ReaderPool connections) {
        this.connections = connections;
        thread.scheduleWithFixedDelay(() -> {
            if (commitsSince.get() > 0) {
                queue();
            }
        }, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A commit appended to the log (called by the committing thread; never blocks). */
    void committed() {
        if (commitsSince.incrementAndGet() >= EVERY_COMMITS) {
            queue();
        }
    }

    /** How many checkpoints ran so far (for tests). */
    long checkpoints() {
        return checkpoints.get();
    }

    private void queue() {
        if (queued.compareAndSet(false, true)) {
            try {
                thread.execute(this::checkpoint);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.set(false); // closing: SQLite checkpoints when the last connection closes
            }
        }
    }

    private void checkpoint() {
        commitsSince.set(0);
        queued.set(false);
        Connection connection = null;
        boolean healthy = false;
        try {
            connection = connections.borrow();
            try (Statement statement = connection.createStatement();
                 ResultSet ignored = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                checkpoints.incrementAndGet();
            }
            healthy = true;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Background WAL checkpoint failed (the next one copies what this one did not)", e);
        } finally {
            if (connection != null) {
                connections.giveBack(connection, healthy);
            }
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
