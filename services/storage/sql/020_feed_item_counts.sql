-- SPDX-License-Identifier: MIT
-- Version 20: every feed keeps its item and unread counts. The feed list read them with two
-- COUNT(*) per feed, stepping through every item's index entry: at a million items that was
-- half of the GUI thread's work before the window's first paint (docs/performance.md, issue
-- 22). Changes to stored rows keep them right through the triggers below. New rows do not: a
-- trigger per insert costs a refresh as much again per row (version 19's notes), so whoever
-- inserts items adds them to the counts once per feed in the same transaction
-- (services/storage/feedcountsql.h), and a repair counts again from the rows.
ALTER TABLE feeds ADD COLUMN item_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN unread_count INTEGER NOT NULL DEFAULT 0;
UPDATE feeds SET item_count = (SELECT COUNT(*) FROM items i WHERE i.feed_id = feeds.id),
                 unread_count = (SELECT COUNT(*) FROM items i WHERE i.feed_id = feeds.id AND i.read = 0);
CREATE TRIGGER items_count_read AFTER UPDATE OF read ON items
WHEN old.feed_id = new.feed_id AND (old.read = 0) <> (new.read = 0) BEGIN
    UPDATE feeds SET unread_count = unread_count + (new.read = 0) - (old.read = 0) WHERE id = new.feed_id;
END;
CREATE TRIGGER items_count_move AFTER UPDATE OF feed_id ON items WHEN old.feed_id <> new.feed_id BEGIN
    UPDATE feeds SET item_count = item_count - 1, unread_count = unread_count - (old.read = 0) WHERE id = old.feed_id;
    UPDATE feeds SET item_count = item_count + 1, unread_count = unread_count + (new.read = 0) WHERE id = new.feed_id;
END;
CREATE TRIGGER items_count_delete AFTER DELETE ON items BEGIN
    UPDATE feeds SET item_count = item_count - 1, unread_count = unread_count - (old.read = 0) WHERE id = old.feed_id;
END;
