-- PostgreSQL version of db/migration/V15__jobs_communities.sql (the SQLite one): the same tables and constraints, with PostgreSQL's
-- types (BIGINT for SQLite's 64-bit INTEGER, identity columns for AUTOINCREMENT, DOUBLE PRECISION, BYTEA).

-- /jobs in communities (a Telegram group, a Discord server channel): off unless an admin turned it on; the filters
-- the admins chose, as /jobs words ('' = none). Times are epoch milliseconds.
CREATE TABLE jobs_communities (
    platform        TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    allowed         BIGINT NOT NULL CHECK (allowed IN (0, 1)),
    filters         TEXT    NOT NULL DEFAULT '',
    updated_at      BIGINT NOT NULL,
    PRIMARY KEY (platform, conversation_id)
);
