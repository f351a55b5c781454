-- Share links: opt-in, scoped, expiring progress pages for recruiters. Only a SHA-256 hash of each token is kept.
-- number is the user's own link number (#1, #2, ...), never reused; sections is a comma list (name,families,...).
CREATE TABLE share_links (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    number         INTEGER NOT NULL,
    token_hash     TEXT    NOT NULL UNIQUE,
    sections       TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    expires_at     INTEGER NOT NULL,
    revoked_at     INTEGER,
    views          INTEGER NOT NULL DEFAULT 0,
    last_viewed_at INTEGER,
    UNIQUE (user_id, number)
);

-- What a user's share pages show by default, and the name they chose for them (null = their chat name).
CREATE TABLE share_settings (
    user_id      INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    display_name TEXT,
    sections     TEXT    NOT NULL
);

-- One-time codes that link two identities into one user (hash only; valid minutes, single use).
CREATE TABLE link_codes (
    code_hash  TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX link_codes_user ON link_codes (user_id);

-- Wrong link codes entered, per user, to limit guessing.
CREATE TABLE link_attempts (
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    attempted_at INTEGER NOT NULL
);
CREATE INDEX link_attempts_user ON link_attempts (user_id, attempted_at);
