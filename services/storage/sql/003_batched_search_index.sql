-- SPDX-License-Identifier: MIT
-- Version 3: new items are added to the search index in one statement per feed update
-- (FeedStore::applyFetch) instead of by a trigger per row. With the trigger, every row's insert
-- made FTS5 write its pending index out at the statement's savepoint: a third of the CPU time of
-- a cold refresh went there. Updates and deletes keep their triggers; they are rare.
-- Anything else that inserts into items must index what it inserts the same way.
DROP TRIGGER items_fts_insert;
