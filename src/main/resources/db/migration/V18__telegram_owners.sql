-- Several bot processes on one database (issue 16). Each process registers itself here and refreshes
-- heartbeat_at on a timer; a process whose heartbeat is older than the grace window (30 s by default) is taken for
-- dead. owner: the process that queued an outbox row or took up an update (it delivers the row or finishes the
-- update); only a dead owner's rows are taken over, each by one process (a conditional update on its old owner).
-- Rows written before this migration have the empty owner, which no process has: the first process to start
-- takes them over.
CREATE TABLE processes (
    id           TEXT   NOT NULL PRIMARY KEY,
    started_at   BIGINT NOT NULL,
    heartbeat_at BIGINT NOT NULL
);
ALTER TABLE telegram_outbox ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE telegram_updates ADD COLUMN owner TEXT NOT NULL DEFAULT '';
CREATE INDEX telegram_outbox_owner ON telegram_outbox (bot_id, owner);
CREATE INDEX telegram_updates_owner ON telegram_updates (bot_id, state, owner);
