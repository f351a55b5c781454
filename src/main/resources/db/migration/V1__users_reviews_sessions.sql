-- Users and their platform identities (one user may have several after linking).
CREATE TABLE users (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    display_name TEXT    NOT NULL,
    created_at   INTEGER NOT NULL
);

CREATE TABLE identities (
    platform    TEXT    NOT NULL,
    external_id TEXT    NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (platform, external_id)
);
CREATE INDEX identities_user ON identities (user_id);

-- FSRS state per (user, question). Times are epoch milliseconds.
CREATE TABLE review_cards (
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    question_id TEXT    NOT NULL,
    state       TEXT    NOT NULL,
    step        INTEGER NOT NULL,
    stability   REAL    NOT NULL,
    difficulty  REAL    NOT NULL,
    due         INTEGER NOT NULL,
    last_review INTEGER,
    PRIMARY KEY (user_id, question_id)
);
CREATE INDEX review_cards_due ON review_cards (user_id, due);

-- Every answer given (the review log).
CREATE TABLE review_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    question_id TEXT    NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    correct     INTEGER CHECK (correct IN (0, 1)),
    reviewed_at INTEGER NOT NULL
);
CREATE INDEX review_log_user_time ON review_log (user_id, reviewed_at);

-- The one active quiz of each user.
CREATE TABLE quiz_sessions (
    user_id      INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    scope_key    TEXT    NOT NULL,
    question_id  TEXT,
    phase        TEXT    NOT NULL,
    seq          INTEGER NOT NULL,
    answered     INTEGER NOT NULL,
    correct      INTEGER NOT NULL,
    typed_answer TEXT,
    skipped_ids  TEXT    NOT NULL DEFAULT '',
    started_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
