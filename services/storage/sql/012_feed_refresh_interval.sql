-- SPDX-License-Identifier: MIT
-- Version 12: an interval the person chose for one feed (Edit Feed), in minutes, used instead of
-- what the feed and its cadence suggest; 0 leaves the choice to them.
ALTER TABLE feeds ADD COLUMN refresh_minutes INTEGER NOT NULL DEFAULT 0;
