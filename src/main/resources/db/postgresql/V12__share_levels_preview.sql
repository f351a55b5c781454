-- PostgreSQL version of db/migration/V12__share_levels_preview.sql (the SQLite one): the same tables and constraints, with PostgreSQL's
-- types (BIGINT for SQLite's 64-bit INTEGER, identity columns for AUTOINCREMENT, DOUBLE PRECISION, BYTEA).

-- Skill-check levels on share pages (issue 12) and the owner's own preview.
-- level_areas: the areas (family ids, comma list) whose latest skill-check level a link shows when its sections
-- include 'levels'; in share_settings, what new links show. preview_hash: SHA-256 of the owner's preview token for
-- the link (opening it shows the page without counting a view); null until the owner asks for one.
ALTER TABLE share_links ADD COLUMN level_areas TEXT NOT NULL DEFAULT '';
ALTER TABLE share_links ADD COLUMN preview_hash TEXT;
ALTER TABLE share_settings ADD COLUMN level_areas TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX share_links_preview ON share_links (preview_hash) WHERE preview_hash IS NOT NULL;
