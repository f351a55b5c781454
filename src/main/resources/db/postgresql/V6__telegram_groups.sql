-- PostgreSQL version of db/migration/V6__telegram_groups.sql (the SQLite one): the same tables and constraints, with PostgreSQL's
-- types (BIGINT for SQLite's 64-bit INTEGER, identity columns for AUTOINCREMENT, DOUBLE PRECISION, BYTEA).

-- Telegram in groups. reply_to_message_id: the message a new message replies to (a reveal replies to its
-- question, a note to the member's command); it is sent even if that message was deleted. fallback_*: a note
-- for the group (HTML, replying to fallback_reply_to) sent instead of this row if the chat refuses it because
-- the bot may not write there: a member's private answer to a group command, when they never started the bot.
ALTER TABLE telegram_outbox ADD COLUMN reply_to_message_id BIGINT;
ALTER TABLE telegram_outbox ADD COLUMN fallback_chat_id BIGINT;
ALTER TABLE telegram_outbox ADD COLUMN fallback_reply_to BIGINT;
ALTER TABLE telegram_outbox ADD COLUMN fallback_text TEXT;
