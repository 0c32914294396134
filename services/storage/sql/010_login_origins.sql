-- SPDX-License-Identifier: MIT
-- Version 10: the address each feed login was given for. A login belongs to that address's
-- origin (scheme, host, port) and is never sent elsewhere; the feed's own url cannot say it,
-- since a permanent redirect rewrites that to wherever the feed moved, another host included.
-- The whole address is kept (only its origin is compared) because SQL cannot split a URL well.
ALTER TABLE feed_logins ADD COLUMN given_for TEXT NOT NULL DEFAULT '';
-- Existing logins were given for the address the feed has now, as far as anything recorded
-- can tell (one already moved by an older version cannot be told apart).
UPDATE feed_logins SET given_for = (SELECT url FROM feeds WHERE feeds.id = feed_logins.feed_id);
