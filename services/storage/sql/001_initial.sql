-- SPDX-License-Identifier: MIT
-- Version 1: feeds, items, enclosures and the fetch log.
-- Times are milliseconds since the Unix epoch, UTC.

CREATE TABLE feeds (
    id                   INTEGER PRIMARY KEY,
    url                  TEXT    NOT NULL UNIQUE,
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
    last_new_item_at     INTEGER
);

CREATE TABLE items (
    id            INTEGER PRIMARY KEY,
    feed_id       INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    item_key      TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,
    title         TEXT    NOT NULL DEFAULT '',
    link          TEXT    NOT NULL DEFAULT '',
    author        TEXT    NOT NULL DEFAULT '',
    summary       TEXT    NOT NULL DEFAULT '',
    content       TEXT    NOT NULL DEFAULT '',
    image         TEXT    NOT NULL DEFAULT '',
    published_at  INTEGER,
    updated_at    INTEGER,
    fetched_at    INTEGER NOT NULL,
    -- The date the table sorts by: published, else updated, else when we first saw it.
    sort_at       INTEGER NOT NULL,
    read          INTEGER NOT NULL DEFAULT 0,
    starred       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (feed_id, item_key)
);
CREATE INDEX items_by_date      ON items (sort_at DESC, id DESC);
CREATE INDEX items_by_feed_date ON items (feed_id, sort_at DESC, id DESC);
CREATE INDEX items_unread       ON items (feed_id) WHERE read = 0;
CREATE INDEX items_starred      ON items (sort_at DESC, id DESC) WHERE starred = 1;

CREATE TABLE enclosures (
    id       INTEGER PRIMARY KEY,
    item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    url      TEXT    NOT NULL,
    type     TEXT    NOT NULL DEFAULT '',
    length   INTEGER,
    UNIQUE (item_id, url)
);

CREATE TABLE fetch_runs (
    id             INTEGER PRIMARY KEY,
    trigger        TEXT    NOT NULL,
    started_at     INTEGER NOT NULL,
    finished_at    INTEGER,
    deadline_ms    INTEGER NOT NULL,
    result         TEXT    NOT NULL DEFAULT '',
    attempted      INTEGER NOT NULL DEFAULT 0,
    updated        INTEGER NOT NULL DEFAULT 0,
    not_modified   INTEGER NOT NULL DEFAULT 0,
    failed         INTEGER NOT NULL DEFAULT 0,
    skipped        INTEGER NOT NULL DEFAULT 0,
    new_items      INTEGER NOT NULL DEFAULT 0,
    updated_items  INTEGER NOT NULL DEFAULT 0,
    bytes          INTEGER NOT NULL DEFAULT 0,
    deadline_hit   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE fetch_outcomes (
    id             INTEGER PRIMARY KEY,
    run_id         INTEGER NOT NULL REFERENCES fetch_runs(id) ON DELETE CASCADE,
    feed_id        INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    feed_url       TEXT    NOT NULL,
    outcome        TEXT    NOT NULL,
    http_status    INTEGER,
    new_items      INTEGER NOT NULL DEFAULT 0,
    updated_items  INTEGER NOT NULL DEFAULT 0,
    bytes          INTEGER NOT NULL DEFAULT 0,
    elapsed_ms     INTEGER NOT NULL DEFAULT 0,
    message        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX fetch_outcomes_by_run ON fetch_outcomes (run_id);
