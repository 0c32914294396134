// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace freshet {

/// The condition, on `items i`, that an item can be in its account's public feed: a synced
/// article of a Tiny Tiny RSS account, the one protocol that has such a feed. One text for the
/// marking, its check and the lists, so they cannot disagree about which items it is.
inline QString publishableItemSql()
{
    return QStringLiteral("(i.remote_id IS NOT NULL AND i.feed_id IN (SELECT f.id FROM feeds f JOIN accounts a "
                          "ON a.id = f.account_id WHERE a.protocol = 'ttrss'))");
}

} // namespace freshet
