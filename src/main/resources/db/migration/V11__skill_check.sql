-- Skill checks (/check, docs/skill-check.md). Private: never shown to anyone but the user unless they share a
-- level on a share link. Times are epoch milliseconds.

-- The one running check of each user: the engine's state as JSON (area, item bank version, prior, start time,
-- every item asked with its parameters, option order and answer; the last one may await its answer) and the time
-- of each answer, so a check continues where it was after a restart. Deleted when it finishes or is stopped.
CREATE TABLE skill_check_runs (
    user_id     INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    family      TEXT    NOT NULL,
    state       TEXT    NOT NULL,
    answered_at TEXT    NOT NULL,            -- JSON array of epoch milliseconds, one per answered item
    started_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

-- Finished checks: the level with its probabilities, the estimate, the item count, the topics that pulled it
-- down (JSON), the item bank version it was measured with, why it stopped, and the items with the answers (JSON).
CREATE TABLE skill_check_results (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family        TEXT    NOT NULL,
    level         TEXT    NOT NULL CHECK (level IN ('junior', 'middle', 'senior')),
    p_junior      REAL    NOT NULL,
    p_middle      REAL    NOT NULL,
    p_senior      REAL    NOT NULL,
    theta         REAL    NOT NULL,
    theta_sd      REAL    NOT NULL,
    item_count    INTEGER NOT NULL,
    correct_count INTEGER NOT NULL,
    weak_topics   TEXT    NOT NULL,
    bank_version  TEXT    NOT NULL,
    stop_reason   TEXT    NOT NULL,
    items         TEXT    NOT NULL,
    started_at    INTEGER NOT NULL,
    completed_at  INTEGER NOT NULL
);
CREATE INDEX skill_check_results_user ON skill_check_results (user_id, family, completed_at);
