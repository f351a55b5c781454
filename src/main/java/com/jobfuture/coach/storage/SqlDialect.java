package com.jobfuture.coach.storage;

/**
 * The two databases the coach runs on. Repositories write SQL both accept (ON CONFLICT … DO NOTHING/UPDATE,
 * subqueries, LIMIT); the few places that differ ask the dialect.
 */
public enum SqlDialect {
    /** Embedded SQLite: one process, one writer at a time, so a claim made in a write is already exclusive. */
    SQLITE("classpath:db/migration"),
    /** PostgreSQL: several processes, concurrent writers; claims skip rows another transaction has locked. */
    POSTGRESQL("classpath:db/postgresql");

    private final String migrations;

    SqlDialect(String migrations) {
        this.migrations = migrations;
    }

    /** Where this dialect's Flyway migrations are (the same versions in both, see db/postgresql). */
    String migrations() {
        return migrations;
    }

    /**
     * The clause that ends a SELECT of rows to claim: on PostgreSQL it locks them and skips rows another process is
     * claiming at this moment ({@code FOR UPDATE SKIP LOCKED}); SQLite's single writer needs none.
     */
    public String lockSkippingLocked() {
        return this == POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
    }
}
