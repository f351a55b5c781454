-- PostgreSQL version of db/migration/V7__shuffled_options_relearning.sql (the SQLite one): the same tables and constraints, with PostgreSQL's
-- types (BIGINT for SQLite's 64-bit INTEGER, identity columns for AUTOINCREMENT, DOUBLE PRECISION, BYTEA).

-- Honest assessment (issue 10): choice options are shown in a shuffled order kept with what shows them, and a quiz
-- remembers what it has asked so missed questions come back within it. Rows written before this version have no
-- order: a quiz draws one the next time it shows its question; a daily post without one was shown in file order.

-- The quiz's level filter (junior|middle|senior, null = every level); the current choice question's option order
-- (deck indexes in display order, e.g. '2,0,1'); questions answered in the session (comma list, not asked again);
-- questions to ask again in the session (comma list of 'question_id@seq': shown again from question number seq).
ALTER TABLE quiz_sessions ADD COLUMN level TEXT;
ALTER TABLE quiz_sessions ADD COLUMN option_order TEXT;
ALTER TABLE quiz_sessions ADD COLUMN answered_ids TEXT NOT NULL DEFAULT '';
ALTER TABLE quiz_sessions ADD COLUMN come_backs TEXT NOT NULL DEFAULT '';

-- The option order of a question of the day, the same for every member (null: file order, as posted before).
ALTER TABLE daily_posts ADD COLUMN option_order TEXT;
