-- SPDX-License-Identifier: MIT
-- Version 16: where a sync account's rolling re-read of older articles goes on from. Neither
-- sync protocol says when an article was edited, so every sync reads a slice of the older
-- articles again, a slice further each time; the position is the server's own (a continuation
-- or an offset), kept so that a restart does not begin the round again.
ALTER TABLE accounts ADD COLUMN reread_position TEXT NOT NULL DEFAULT '';
