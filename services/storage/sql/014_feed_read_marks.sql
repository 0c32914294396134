-- SPDX-License-Identifier: MIT
-- Version 14: Mark All as Read of a synced feed, queued as one change for its server (Google
-- Reader's mark-all-as-read, tt-rss's catchupFeed) instead of one per article, and kept until
-- the server has it, like pending_state_changes. One row a feed: marking it again replaces it.
-- up_to is the account's sync cursor at the time: what the server got after it stays unread.
CREATE TABLE pending_feed_marks (
    account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    feed_remote_id  TEXT    NOT NULL,
    up_to           TEXT    NOT NULL DEFAULT '',
    changed_at      INTEGER NOT NULL,
    PRIMARY KEY (account_id, feed_remote_id)
);
