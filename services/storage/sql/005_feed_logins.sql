-- SPDX-License-Identifier: MIT
-- Version 5: feeds that need a login (HTTP Basic or Bearer).
-- Only the kind and the user name are stored: the password or token lives in the system
-- keychain under a key derived from this profile's tag and the feed's id, never in this file.
-- A table of its own rather than columns on feeds: removing a feed removes its login
-- (ON DELETE CASCADE), and the hot feed queries of the fetch path stay as they are.
CREATE TABLE feed_logins (
    feed_id    INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('basic', 'bearer')),
    user_name  TEXT    NOT NULL DEFAULT ''
);

-- A random tag naming this profile in keychain keys ("feed/<tag>/<feed id>"), so two profiles
-- of one person never share or overwrite each other's secrets. It moves with the database.
CREATE TABLE profile_identity (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    tag  TEXT    NOT NULL
);
INSERT INTO profile_identity (id, tag) VALUES (1, lower(hex(randomblob(8))));
