package com.jobfuture.coach.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Read connections kept open between reads (opening a SQLite connection costs far more than a read): a read
 * borrows an idle one or opens one, and gives it back; at most {@code maxIdle} stay open. In WAL mode each
 * statement of an auto-commit connection sees the latest commit. Thread-safe.
 */
final class ReaderPool implements AutoCloseable {
    private final DataSource dataSource;
    private final int maxIdle;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final AtomicInteger opened = new AtomicInteger();
    private final boolean keepStatements;
    private volatile boolean closed;

    /** {@code keepStatements}: each connection keeps its prepared statements ({@link StatementCache}; SQLite). */
    ReaderPool(DataSource dataSource, int maxIdle, boolean keepStatements) {
        this.dataSource = dataSource;
        this.maxIdle = maxIdle;
        this.keepStatements = keepStatements;
    }

    Connection borrow() throws SQLException {
        Connection connection = idle.pollFirst();
        if (connection != null) {
            idleCount.decrementAndGet();
            return connection;
        }
        opened.incrementAndGet();
        Connection fresh = dataSource.getConnection();
        return keepStatements ? StatementCache.around(fresh) : fresh;
    }

    /** Takes a connection back; one whose read failed is closed rather than kept (its state is unknown). */
    void giveBack(Connection connection, boolean healthy) {
        if (healthy && !closed) {
            if (idleCount.incrementAndGet() <= maxIdle) {
                idle.offerFirst(connection);
                if (closed && idle.remove(connection)) {
                    closeQuietly(connection); // closed meanwhile: close() may have missed it
                }
                return;
            }
            idleCount.decrementAndGet();
        }
        closeQuietly(connection);
    }

    /** How many connections were opened so far (for tests and measurements). */
    int opened() {
        return opened.get();
    }

    @Override
    public void close() {
        closed = true;
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing to do: it was only used for reads
        }
    }
}
