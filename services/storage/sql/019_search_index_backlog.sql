-- SPDX-License-Identifier: MIT
-- Version 19: new items reach the search index in chunks of several megabytes instead of one
-- chunk per store transaction (version 3). FTS5 writes every chunk out as a segment and merges
-- segments four at a time, level by level: the small chunks of a cold refresh of 1000 feeds cost
-- it twice the work of one chunk per several hundred feeds (docs/performance.md, issue 22).
-- Rows up to indexed_through are in the index and rows above it are not: item ids only grow
-- (the largest plus one), so new rows join the backlog by being inserted, with nothing to run
-- per row, and a killed process leaves a backlog the next store indexes, never a row search
-- misses for good. The update and delete triggers leave backlog rows alone: taking words out
-- of the index that were never put in would corrupt it. Deleting the newest rows lowers the
-- mark to the largest id left, since SQLite gives the next row the id after that.
CREATE TABLE search_index_state (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_through INTEGER NOT NULL
);
INSERT INTO search_index_state (id, indexed_through) SELECT 1, COALESCE(MAX(id), 0) FROM items;
DROP TRIGGER items_fts_delete;
DROP TRIGGER items_fts_update;
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
    INSERT INTO items_fts (items_fts, rowid, title, summary, content)
        SELECT 'delete', old.id, old.title, old.summary, old.content FROM search_index_state WHERE old.id <= indexed_through;
    UPDATE search_index_state SET indexed_through = (SELECT COALESCE(MAX(id), 0) FROM items)
        WHERE indexed_through > (SELECT COALESCE(MAX(id), 0) FROM items);
END;
CREATE TRIGGER items_fts_update AFTER UPDATE OF title, summary, content ON items
WHEN old.id <= (SELECT indexed_through FROM search_index_state) BEGIN
    INSERT INTO items_fts (items_fts, rowid, title, summary, content) VALUES ('delete', old.id, old.title, old.summary, old.content);
    INSERT INTO items_fts (rowid, title, summary, content) VALUES (new.id, new.title, new.summary, new.content);
END;
-- A chunk's pending terms stay in memory until the chunk is written (the default, 1 MB, split
-- each chunk into several segments that were merged again at once).
INSERT INTO items_fts (items_fts, rank) VALUES ('hashsize', 16777216);
