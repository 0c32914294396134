// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace freshet {

/// Adds a feed's newly inserted rows to its counts (migration 20 keeps them in feeds): bind the
/// number of rows, how many of them are unread, and the feed's id. Every insert into items
/// runs it in the same transaction; triggers cover every other change to the rows.
inline QString addNewItemsToFeedCountsSql()
{
    return QStringLiteral("UPDATE feeds SET item_count = item_count + ?, unread_count = unread_count + ? WHERE id = ?");
}

/// Counts every feed's items again from the rows: after a repair copied feeds and items
/// separately, or wherever rows arrived without the statement above.
inline QString recountFeedItemsSql()
{
    return QStringLiteral("UPDATE feeds SET item_count = (SELECT COUNT(*) FROM items i WHERE i.feed_id = feeds.id), "
                          "unread_count = (SELECT COUNT(*) FROM items i WHERE i.feed_id = feeds.id AND i.read = 0)");
}

} // namespace freshet
