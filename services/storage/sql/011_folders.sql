-- SPDX-License-Identifier: MIT
-- Version 11: folders the person made. A feed's folder stays its category ("/"-separated, as
-- OPML and sync servers give it); this table only keeps the folders that no feed is in yet, or
-- any more, so that New Folder and moving the last feed out do not lose them.
CREATE TABLE folders (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    path       TEXT NOT NULL,
    PRIMARY KEY (account_id, path)
);
