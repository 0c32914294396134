-- SPDX-License-Identifier: MIT
-- freshet: rebuilds-tables
-- Version 7: sync accounts (Tiny Tiny RSS, the Google Reader API). Every feed belongs to one
-- account; account 1 is the local one (what Freshet fetches itself), so every existing feed
-- stays exactly as it was.
-- The first line above makes the migration run with foreign keys off (SQLite's documented way
-- to rebuild a table: DROP TABLE would otherwise cascade into every item), with a
-- foreign_key_check before it commits.

CREATE TABLE accounts (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL UNIQUE,
    -- local, ttrss or greader
    protocol          TEXT    NOT NULL CHECK (protocol IN ('local', 'ttrss', 'greader')),
    server            TEXT    NOT NULL DEFAULT '',
    user_name         TEXT    NOT NULL DEFAULT '',
    added_at          INTEGER NOT NULL,
    -- Opaque to the store: where the next incremental sync starts (SyncClient::newItems).
    sync_cursor       TEXT    NOT NULL DEFAULT '',
    last_sync_at      INTEGER,
    last_sync_result  TEXT    NOT NULL DEFAULT '',
    last_sync_error   TEXT    NOT NULL DEFAULT '',
    -- The server refused the stored login: no sync until the person logs in again.
    login_needed      INTEGER NOT NULL DEFAULT 0,
    -- When every article's read state was last compared with the server's (between those
    -- times only feeds whose unread counts differ are compared).
    state_checked_at  INTEGER
);
INSERT INTO accounts (id, name, protocol, added_at) VALUES (1, 'Local', 'local', CAST(strftime('%s', 'now') AS INTEGER) * 1000);

-- The same feed address may be followed both locally and through a server, so a URL is now
-- unique per account, which SQLite can only change by rebuilding the table.
CREATE TABLE feeds_rebuilt (
    id                   INTEGER PRIMARY KEY,
    account_id           INTEGER NOT NULL DEFAULT 1 REFERENCES accounts(id) ON DELETE CASCADE,
    -- The server's id of a synced feed; NULL for local feeds.
    remote_id            TEXT,
    url                  TEXT    NOT NULL,
    title                TEXT    NOT NULL DEFAULT '',
    site_link            TEXT    NOT NULL DEFAULT '',
    description          TEXT    NOT NULL DEFAULT '',
    image                TEXT    NOT NULL DEFAULT '',
    category             TEXT    NOT NULL DEFAULT '',
    added_at             INTEGER NOT NULL,
    etag                 TEXT    NOT NULL DEFAULT '',
    last_modified        TEXT    NOT NULL DEFAULT '',
    body_hash            TEXT    NOT NULL DEFAULT '',
    last_fetch_at        INTEGER,
    last_http_status     INTEGER,
    last_result          TEXT    NOT NULL DEFAULT '',
    last_error           TEXT    NOT NULL DEFAULT '',
    last_error_at        INTEGER,
    consecutive_errors   INTEGER NOT NULL DEFAULT 0,
    next_due_at          INTEGER NOT NULL DEFAULT 0,
    next_due_reason      TEXT    NOT NULL DEFAULT '',
    retry_after_at       INTEGER,
    disabled_reason      TEXT    NOT NULL DEFAULT '',
    ttl_minutes          INTEGER,
    update_period_secs   INTEGER,
    skip_hours           TEXT    NOT NULL DEFAULT '',
    skip_days            TEXT    NOT NULL DEFAULT '',
    last_new_item_at     INTEGER,
    UNIQUE (account_id, url)
);
INSERT INTO feeds_rebuilt (id, url, title, site_link, description, image, category, added_at, etag, last_modified,
        body_hash, last_fetch_at, last_http_status, last_result, last_error, last_error_at, consecutive_errors,
        next_due_at, next_due_reason, retry_after_at, disabled_reason, ttl_minutes, update_period_secs, skip_hours,
        skip_days, last_new_item_at)
    SELECT id, url, title, site_link, description, image, category, added_at, etag, last_modified,
        body_hash, last_fetch_at, last_http_status, last_result, last_error, last_error_at, consecutive_errors,
        next_due_at, next_due_reason, retry_after_at, disabled_reason, ttl_minutes, update_period_secs, skip_hours,
        skip_days, last_new_item_at
    FROM feeds;
DROP TABLE feeds;
ALTER TABLE feeds_rebuilt RENAME TO feeds;
CREATE INDEX feeds_by_name ON feeds ((CASE WHEN title = '' THEN url ELSE title END) COLLATE NOCASE, id);
CREATE UNIQUE INDEX feeds_by_remote_id ON feeds (account_id, remote_id) WHERE remote_id IS NOT NULL;

-- The server's id of a synced article; NULL for items Freshet fetched itself.
ALTER TABLE items ADD COLUMN remote_id TEXT;
CREATE INDEX items_by_remote_id ON items (remote_id) WHERE remote_id IS NOT NULL;

-- Read and star changes made here to synced articles, kept until the server has them: they
-- survive restarts and crashes, and only the latest change per article and flag is sent.
CREATE TABLE pending_state_changes (
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id   TEXT    NOT NULL,
    flag        TEXT    NOT NULL CHECK (flag IN ('read', 'starred')),
    value       INTEGER NOT NULL,
    changed_at  INTEGER NOT NULL,
    PRIMARY KEY (account_id, remote_id, flag)
);
