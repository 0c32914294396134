-- SPDX-License-Identifier: MIT
-- Version 18: every index on items is a B-tree each new item is inserted into. The title and
-- author orders (versions 4 and 9) cost the most of them, keyed by free text compared without
-- case, and most people never leave the date order: without them a cold refresh of 1000 feeds
-- stores in about a quarter less time (docs/performance.md, issue 22). They are built again the
-- first time someone sorts by title or author (services/storage/sortindexes.h), and kept.
-- items_unread (feed_id) is a prefix of items_unread_by_feed_date, which answers the same
-- questions (unread counts per feed) from the same rows.
DROP INDEX IF EXISTS items_by_title;
DROP INDEX IF EXISTS items_by_author;
DROP INDEX IF EXISTS items_unread_by_title;
DROP INDEX IF EXISTS items_unread_by_author;
DROP INDEX IF EXISTS items_unread;
