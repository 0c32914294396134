-- SPDX-License-Identifier: MIT
-- Version 21: every feed keeps the average gap between its newest ten items, which decides its
-- next fetch when it gives no interval of its own. After every 304 the store read it again from
-- the items, a tenth of a warm refresh's work on the store's thread (docs/performance.md,
-- issue 22); now the feed's row carries it with the document's other hints, read with the feed
-- when the run starts. A fetch that brings a document sets it again from the stored items once
-- they are written (services/storage/fetchwriter.cpp, the same expression as here). Feeds of a
-- sync account are refreshed by their server, so sync leaves it alone.
ALTER TABLE feeds ADD COLUMN posting_interval_secs INTEGER;
UPDATE feeds SET posting_interval_secs =
    (SELECT CASE WHEN n >= 3 AND span > 0 THEN span / 1000 / (n - 1) END FROM
        (SELECT MAX(sort_at) - MIN(sort_at) AS span, COUNT(*) AS n FROM
            (SELECT sort_at FROM items WHERE feed_id = feeds.id ORDER BY sort_at DESC LIMIT 10)));
