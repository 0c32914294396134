-- SPDX-License-Identifier: MIT
-- Version 17: Tiny Tiny RSS's published articles. A tt-rss user publishes an article to put it
-- in a public feed of their own; the mark syncs both ways like a star, and a starred article in
-- the account's archive stays there while it is published, as tt-rss keeps it.
ALTER TABLE items ADD COLUMN in_published_feed INTEGER NOT NULL DEFAULT 0;

-- The queue of changes for the server takes the new mark: SQLite cannot change a CHECK, so the
-- table is made again with its rows (nothing refers to it).
CREATE TABLE pending_state_changes_rebuilt (
    account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id   TEXT    NOT NULL,
    flag        TEXT    NOT NULL CHECK (flag IN ('read', 'starred', 'published')),
    value       INTEGER NOT NULL,
    changed_at  INTEGER NOT NULL,
    PRIMARY KEY (account_id, remote_id, flag)
);
INSERT INTO pending_state_changes_rebuilt (account_id, remote_id, flag, value, changed_at)
    SELECT account_id, remote_id, flag, value, changed_at FROM pending_state_changes;
DROP TABLE pending_state_changes;
ALTER TABLE pending_state_changes_rebuilt RENAME TO pending_state_changes;
