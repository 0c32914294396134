-- SPDX-License-Identifier: MIT
-- Version 8: a name the person chose for a feed. It has a column of its own because every fetch
-- (the document's title) and every sync (the server's title) writes feeds.title again; '' means
-- the feed's own title is shown.
ALTER TABLE feeds ADD COLUMN custom_title TEXT NOT NULL DEFAULT '';
-- The item table sorts by the shown name, so the index follows it: the same expression as the
-- query (feedNameSql in feedstore.cpp), or SQLite cannot use it.
DROP INDEX feeds_by_name;
CREATE INDEX feeds_by_name ON feeds ((CASE WHEN custom_title <> '' THEN custom_title WHEN title = '' THEN url ELSE title END) COLLATE NOCASE, id);
