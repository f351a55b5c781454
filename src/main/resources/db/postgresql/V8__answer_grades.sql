-- PostgreSQL version of db/migration/V8__answer_grades.sql (the SQLite one): the same tables and constraints, with PostgreSQL's
-- types (BIGINT for SQLite's 64-bit INTEGER, identity columns for AUTOINCREMENT, DOUBLE PRECISION, BYTEA).

-- Grading by meaning (issue 11): the grade of each user's revealed typed answer (one row per user, replaced by the
-- next), so a redisplay after a restart shows the same marks and reasons even when the grader is not deterministic.
-- seq and question_id say which question of the quiz it belongs to; points is JSON in deck order:
-- [{"covered": true, "reason": "you said …"}, …]; grader is the grader that produced it (semantic, keywords, llm).
CREATE TABLE answer_grades (
    user_id     BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    seq         BIGINT NOT NULL,
    question_id TEXT    NOT NULL,
    grader      TEXT    NOT NULL,
    points      TEXT    NOT NULL
);
