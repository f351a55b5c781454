package com.jobfuture.coach.storage;

import java.sql.Connection;
import org.apache.commons.dbcp2.DelegatingPreparedStatement;
import org.apache.commons.dbcp2.PStmtKey;
import org.apache.commons.dbcp2.PoolingConnection;
import org.apache.commons.pool2.impl.GenericKeyedObjectPool;
import org.apache.commons.pool2.impl.GenericKeyedObjectPoolConfig;

/**
 * Keeps a kept SQLite connection's prepared statements (DBCP2's statement pooling): {@code prepareStatement} of an
 * SQL string used before returns the compiled statement again, and {@code close} gives it back reset (parameters
 * cleared, result sets closed) instead of finalizing it. sqlite-jdbc compiles every statement anew otherwise.
 */
final class StatementCache {
    /** Distinct statements kept per connection: the repositories use a few hundred. */
    private static final int MAX_KEPT = 512;

    private StatementCache() {
    }

    /** The connection with its prepared statements kept; closing it closes them and the connection. */
    static Connection around(Connection connection) {
        PoolingConnection pooling = new PoolingConnection(connection);
        GenericKeyedObjectPoolConfig<DelegatingPreparedStatement> config = new GenericKeyedObjectPoolConfig<>();
        config.setMaxTotalPerKey(-1); // a statement in use while the same SQL runs again (nested) gets a second one
        config.setMaxIdlePerKey(1);
        config.setMaxTotal(MAX_KEPT);
        config.setBlockWhenExhausted(false);
        config.setJmxEnabled(false);
        GenericKeyedObjectPool<PStmtKey, DelegatingPreparedStatement> statements =
                new GenericKeyedObjectPool<>(pooling, config);
        pooling.setStatementPool(statements);
        return pooling;
    }
}
