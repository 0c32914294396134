-- SPDX-License-Identifier: MIT
-- Version 6: enclosure downloads and each feed's automatic-download choice.
-- IF NOT EXISTS: this file was numbered to follow 004 and 005 from other branches; a database
-- that got it before them (as version 4) runs it again after them, harmlessly.

CREATE TABLE IF NOT EXISTS downloads (
    id              INTEGER PRIMARY KEY,
    item_id         INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    enclosure_url   TEXT    NOT NULL,
    -- What the feed claimed; -1 when it did not say.
    enclosure_length INTEGER NOT NULL DEFAULT -1,
    -- Where the finished file went; '' until it is finished.
    target_path     TEXT    NOT NULL DEFAULT '',
    part_path       TEXT    NOT NULL,
    -- queued, running, paused, completed, failed, cancelled
    state           TEXT    NOT NULL,
    bytes_done      INTEGER NOT NULL DEFAULT 0,
    -- -1 while unknown
    total_bytes     INTEGER NOT NULL DEFAULT -1,
    -- The validator the .part was written under: If-Range sends it back on resume.
    etag            TEXT    NOT NULL DEFAULT '',
    last_modified   TEXT    NOT NULL DEFAULT '',
    error           TEXT    NOT NULL DEFAULT '',
    -- Queued by a feed's automatic downloads: waits for an unmetered network when asked.
    automatic       INTEGER NOT NULL DEFAULT 0,
    unmetered_only  INTEGER NOT NULL DEFAULT 0,
    -- A larger file is refused when its size becomes known; -1: no limit.
    max_bytes       INTEGER NOT NULL DEFAULT -1,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    finished_at     INTEGER,
    UNIQUE (item_id, enclosure_url)
);
CREATE INDEX IF NOT EXISTS downloads_by_state ON downloads (state, id);

CREATE TABLE IF NOT EXISTS feed_download_settings (
    feed_id         INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
    automatic       INTEGER NOT NULL DEFAULT 0,
    max_bytes       INTEGER NOT NULL DEFAULT -1,
    unmetered_only  INTEGER NOT NULL DEFAULT 1,
    -- The newest item when automatic downloads were turned on: only later items download,
    -- not the whole back catalogue.
    after_item_id   INTEGER NOT NULL DEFAULT 0
);
