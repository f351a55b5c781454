-- Question of the day: communities (a Telegram group, a Discord channel, a console simulation), their posts and
-- members' answers. Times are epoch milliseconds; slot_date is the local ISO date of the scheduled slot.
CREATE TABLE daily_communities (
    platform        TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    post_time       TEXT    NOT NULL,            -- HH:mm, local
    zone            TEXT    NOT NULL,            -- IANA id
    weekdays        TEXT    NOT NULL,            -- e.g. MONDAY,TUESDAY
    scopes          TEXT    NOT NULL DEFAULT '', -- scope keys, comma-separated; '' = everything
    level           TEXT,                        -- NULL = all levels
    reveal_after_s  INTEGER NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'OFF', 'REMOVED')),
    active_since    INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (platform, conversation_id)
);
CREATE INDEX daily_communities_status ON daily_communities (status);

CREATE TABLE daily_posts (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    platform        TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    slot_date       TEXT,                        -- NULL for /daily now
    question_id     TEXT    NOT NULL,
    state           TEXT    NOT NULL CHECK (state IN ('CHOSEN', 'SENDING', 'OPEN', 'UNCONFIRMED', 'REVEALED',
                                                      'CLOSED', 'MISSED', 'FAILED')),
    message_ref     TEXT,
    chosen_at       INTEGER NOT NULL,
    reveal_at       INTEGER,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    FOREIGN KEY (platform, conversation_id) REFERENCES daily_communities (platform, conversation_id)
        ON DELETE CASCADE
);
-- At most one post per community and scheduled day, whatever happens to the process.
CREATE UNIQUE INDEX daily_posts_slot ON daily_posts (platform, conversation_id, slot_date);
CREATE INDEX daily_posts_state ON daily_posts (state);

-- One answer per member and post; counted for the aggregate figures only.
CREATE TABLE daily_answers (
    post_id     INTEGER NOT NULL REFERENCES daily_posts (id) ON DELETE CASCADE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    option      INTEGER NOT NULL CHECK (option >= 0),
    answered_at INTEGER NOT NULL,
    PRIMARY KEY (post_id, user_id)
);
