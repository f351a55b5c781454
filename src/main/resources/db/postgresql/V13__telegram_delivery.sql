-- PostgreSQL version of db/migration/V13__telegram_delivery.sql (the SQLite one): the same tables and constraints, with PostgreSQL's
-- types (BIGINT for SQLite's 64-bit INTEGER, identity columns for AUTOINCREMENT, DOUBLE PRECISION, BYTEA).

-- Telegram delivery (issue 14). sealed = 1: the message carries a secret or personal data (a share link, a link
-- code, an export); its row keeps no text, keyboard or file content — the sender holds them in memory — so after a
-- restart the chat gets a notice instead. in_flight now also marks rows queued for a chat whose request goes out
-- right after the commit: at start such a row is sent again (an edit as is, a new message marked "(sent again)").
-- telegram_updates rows are written ('claimed') when a batch of updates is received, before the offset that
-- confirms them is sent to Telegram; 'done' together with the update's replies.
ALTER TABLE telegram_outbox ADD COLUMN sealed BIGINT NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1));
