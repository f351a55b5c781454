-- PostgreSQL version of db/migration/V9__user_settings_reminders.sql (the SQLite one): the same tables and constraints, with PostgreSQL's
-- types (BIGINT for SQLite's 64-bit INTEGER, identity columns for AUTOINCREMENT, DOUBLE PRECISION, BYTEA).

-- Personal settings and review reminders. Times are epoch milliseconds; local times are HH:mm in the user's zone.

-- One row per user who changed a setting; a missing row means the defaults (reminders off, the configured zone).
CREATE TABLE user_settings (
    user_id           BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    zone              TEXT,                      -- IANA id; NULL = the configured default
    reminders_on      BIGINT NOT NULL DEFAULT 0 CHECK (reminders_on IN (0, 1)),
    reminder_time     TEXT,                      -- HH:mm local; kept when reminders are off
    reminder_platform TEXT,                      -- the private chat reminders go to: platform ...
    reminder_chat     TEXT,                      -- ... and the user's id there
    reminders_off_why TEXT CHECK (reminders_off_why IN ('USER', 'UNREACHABLE')),
    reminders_changed BIGINT,
    reminder_next_at  BIGINT,                   -- when the next reminder is due; NULL when reminders are off
    quiet_start       TEXT,                      -- HH:mm local, with quiet_end; both NULL = no quiet hours
    quiet_end         TEXT,
    daily_goal        BIGINT CHECK (daily_goal BETWEEN 1 AND 200),
    target_level      TEXT CHECK (target_level IN ('junior', 'middle', 'senior')),
    areas             TEXT    NOT NULL DEFAULT '', -- family ids, comma-separated; '' = all
    interview_date    TEXT,                      -- ISO local date
    updated_at        BIGINT NOT NULL,
    CHECK (reminders_on = 0 OR (reminder_time IS NOT NULL AND reminder_platform IS NOT NULL
                                AND reminder_chat IS NOT NULL AND reminder_next_at IS NOT NULL)),
    CHECK ((quiet_start IS NULL) = (quiet_end IS NULL))
);
-- The scheduler's query: users whose reminder is due, earliest first.
CREATE INDEX user_settings_reminder_due ON user_settings (reminder_next_at, user_id)
    WHERE reminder_next_at IS NOT NULL;

-- Claimed reminders: at most one per user and local day, whatever happens to the process. The row is inserted
-- (state SENDING) and committed before the message is sent; see docs/reminders.md.
CREATE TABLE reminders_sent (
    user_id         BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    local_date      TEXT    NOT NULL,            -- the user's local date the reminder is for
    kind            TEXT    NOT NULL CHECK (kind IN ('REVIEWS_DUE', 'STREAK')),
    state           TEXT    NOT NULL CHECK (state IN ('SENDING', 'SENT', 'RETRY', 'UNCONFIRMED', 'UNREACHABLE',
                                                      'FAILED', 'DROPPED')),
    platform        TEXT    NOT NULL,
    chat            TEXT    NOT NULL,
    slot_at         BIGINT NOT NULL,            -- when it was due
    claimed_at      BIGINT NOT NULL,
    attempts        BIGINT NOT NULL,
    next_attempt_at BIGINT,                     -- set in state RETRY
    PRIMARY KEY (user_id, local_date)
);
CREATE INDEX reminders_sent_state ON reminders_sent (state, next_attempt_at);
