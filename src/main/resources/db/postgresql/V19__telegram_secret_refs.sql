-- Secrets by reference (issue 14). A sealed outbox row (a share link, a /link code, an export, a progress card;
-- its text, buttons and file are never written) now names what it carried: secret_kind ('share-link', 'link-code',
-- 'export', 'progress') and secret_id (the user's id, and for a share link ':' and the link's number) — never the
-- token, code or data. After a restart the coach renders it again (a share link or code gets a new one that
-- replaces the lost one) instead of the user being asked to ask again; rows without a reference (null) still get
-- that notice.
ALTER TABLE telegram_outbox ADD COLUMN secret_kind TEXT;
ALTER TABLE telegram_outbox ADD COLUMN secret_id TEXT;
