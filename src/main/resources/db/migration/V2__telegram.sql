-- Telegram adapter state. bot_id is the bot's numeric id (the part of the token before ':'), so two bots may
-- share a database. Times are epoch milliseconds.

-- The offset the bot confirms with getUpdates: every update below it is finished (its effects and its replies
-- are committed). Saved before getUpdates is called with it.
CREATE TABLE telegram_offsets (
    bot_id      INTEGER PRIMARY KEY,
    next_offset INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

-- Updates at or above the saved offset that were taken up, so a redelivered update is never handled twice.
-- 'claimed' is written before the coach handles the update, 'done' together with its replies; a 'claimed' row
-- found at start means the process stopped in the middle of that update.
CREATE TABLE telegram_updates (
    bot_id     INTEGER NOT NULL,
    update_id  INTEGER NOT NULL,
    chat_id    INTEGER,
    state      TEXT    NOT NULL CHECK (state IN ('claimed', 'done')),
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (bot_id, update_id)
);

-- Replies not delivered yet, sent in id order per chat. edit_message_id set: edit that message instead of
-- sending a new one; document_* set: send that file as a document (text is its caption). in_flight = 1 while a request for the row is out (at start such a row may or may not have
-- been delivered, and is dropped rather than risk sending it twice). not_before: Telegram's 429 retry_after,
-- kept so a restart does not send earlier than Telegram asked.
CREATE TABLE telegram_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    bot_id          INTEGER NOT NULL,
    chat_id         INTEGER NOT NULL,
    edit_message_id INTEGER,
    text            TEXT    NOT NULL,
    html            INTEGER NOT NULL CHECK (html IN (0, 1)),
    keyboard        TEXT    NOT NULL,
    in_flight       INTEGER NOT NULL DEFAULT 0 CHECK (in_flight IN (0, 1)),
    not_before      INTEGER,
    document_name   TEXT,
    document_type   TEXT,
    document        BLOB,
    created_at      INTEGER NOT NULL
);
CREATE INDEX telegram_outbox_chat ON telegram_outbox (bot_id, chat_id, id);

-- Chats whose user blocked the bot (403 or a 'kicked' status): nothing is sent until they write again.
CREATE TABLE telegram_blocked_chats (
    bot_id     INTEGER NOT NULL,
    chat_id    INTEGER NOT NULL,
    blocked_at INTEGER NOT NULL,
    PRIMARY KEY (bot_id, chat_id)
);
