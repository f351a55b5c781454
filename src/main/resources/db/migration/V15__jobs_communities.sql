-- /jobs in communities (a Telegram group, a Discord server channel): off unless an admin turned it on; the filters
-- the admins chose, as /jobs words ('' = none). Times are epoch milliseconds.
CREATE TABLE jobs_communities (
    platform        TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    allowed         INTEGER NOT NULL CHECK (allowed IN (0, 1)),
    filters         TEXT    NOT NULL DEFAULT '',
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (platform, conversation_id)
);
