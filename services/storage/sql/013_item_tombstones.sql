-- SPDX-License-Identifier: MIT
-- Version 13: the keys of read items removed by the retention setting. A feed keeps listing an
-- item long after it was read; without its key kept here, the next fetch would add it again as
-- new and unread. They go with their feed.
CREATE TABLE item_tombstones (
    feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    item_key   TEXT NOT NULL,
    removed_at INTEGER NOT NULL,
    PRIMARY KEY (feed_id, item_key)
);
