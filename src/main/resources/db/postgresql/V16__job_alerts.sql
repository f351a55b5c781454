-- PostgreSQL version of db/migration/V16__job_alerts.sql (the SQLite one): the same tables and constraints, with PostgreSQL's
-- types (BIGINT for SQLite's 64-bit INTEGER, identity columns for AUTOINCREMENT, DOUBLE PRECISION, BYTEA).

-- Opt-in job alerts: new matching roles at most once a day, in the user's private chat. Times are epoch ms.
CREATE TABLE job_alerts (
    user_id     BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    filters     TEXT    NOT NULL DEFAULT '',      -- /jobs words, e.g. 'remote drf'
    platform    TEXT    NOT NULL,                 -- the private chat alerts go to
    external_id TEXT    NOT NULL,
    active      BIGINT NOT NULL CHECK (active IN (0, 1)),
    since       BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX job_alerts_active ON job_alerts (active);

-- At most one alert per user and local day, whatever happens to the process: the day is claimed (this row, state
-- SENDING) and committed before anything is sent.
CREATE TABLE job_alert_days (
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    local_date TEXT    NOT NULL,
    state      TEXT    NOT NULL CHECK (state IN ('SENDING', 'SENT', 'NOTHING_NEW', 'UNCONFIRMED', 'NOT_DELIVERED',
                                                 'UNREACHABLE')),
    roles      BIGINT NOT NULL,
    claimed_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, local_date)
);
CREATE INDEX job_alert_days_state ON job_alert_days (state);

-- The roles a user was already shown by an alert (or that matched when they turned alerts on): never sent again.
CREATE TABLE job_alert_seen (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    job_key TEXT    NOT NULL,
    seen_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, job_key)
);
