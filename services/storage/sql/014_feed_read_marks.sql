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
-- A feed gone from here (unsubscribed on this device or by the server) takes its mark along: a
-- server may refuse a mark of a feed it no longer has, and that would fail every sync after.
CREATE TRIGGER pending_feed_marks_follow_feeds AFTER DELETE ON feeds WHEN old.remote_id IS NOT NULL BEGIN
    DELETE FROM pending_feed_marks WHERE account_id = old.account_id AND feed_remote_id = old.remote_id;
END;
