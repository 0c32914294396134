-- SPDX-License-Identifier: MIT
-- Version 4: the item table sorts by title, author and feed as well as by date. Each order is
-- paged by key (never OFFSET) and ends with the item id, so each needs an index in that order.
-- Text sorts use NOCASE, which folds only ASCII A-Z; ItemTableModel mirrors it exactly when it
-- places new rows (models/itemorder.cpp).
CREATE INDEX items_by_title  ON items (title COLLATE NOCASE, id);
CREATE INDEX items_by_author ON items (author COLLATE NOCASE, id);
-- By feed: feeds in name order (the title, else the address; the same expression as the query),
-- then each feed's items through items_by_feed_date.
CREATE INDEX feeds_by_name ON feeds ((CASE WHEN title = '' THEN url ELSE title END) COLLATE NOCASE, id);
