// SPDX-License-Identifier: MIT
#pragma once

#include "item.h"
#include "itemquery.h"
#include "result.h"
#include "storeconnection.h"

#include <QList>

#include <optional>
#include <utility>

namespace freshet {

/// FeedStore's items as the lists read them: pages and counts of a query, one article whole,
/// and the read and starred marks a person puts on them (itemrecords.cpp).
class ItemRecords : protected virtual StoreConnection
{
public:
    /// applyItemMarking (itemmarks.h) runs its transaction on the connection itself.
    using StoreConnection::database;

    Result<QList<Item>> items(const ItemQuery &query) const;
    Result<std::optional<Item>> item(qint64 itemId) const;
    /// The rows the query selects (bounds and filters; limit and order do not matter).
    Result<int> itemCount(const ItemQuery &query) const;
    /// The highest item id and the query's count, read in one transaction.
    Result<std::pair<qint64, int>> countSnapshot(const ItemQuery &query) const;
    /// The highest item id the query can see: every item stored later has a higher one. A
    /// search sees only rows in the search index, which takes new rows in chunks (StoreConnection::
    /// indexSearchBacklog): rows above it are new to a search view once they are indexed.
    Result<qint64> maxItemId(const ItemQuery &query) const;
    Status setRead(const QList<qint64> &itemIds, bool read);
    Status setStarred(qint64 itemId, bool starred);
    /// feedId 0 marks every feed's items read.
    Status markAllRead(qint64 feedId);

    /// Whether paging in this order has its indexes: the title and author orders get theirs
    /// the first time someone sorts by them (sortindexes.h).
    Result<bool> sortIndexesPresent(ItemSortColumn column) const;
    /// Builds them, in one transaction; reads every item, so seconds at a million.
    Status createSortIndexes(ItemSortColumn column);

    /// What the retention setting removed: items, and the bytes of their text.
    struct Pruned
    {
        int items = 0;
        qint64 bytes = 0;
    };
    /// Removes the read items dated before `before`, in one transaction, keeping a tombstone of
    /// each key so that no fetch adds them again. Never a starred item, an unread one, one with
    /// a download, or a sync account's (its server decides what it sends again).
    Result<Pruned> pruneReadItems(const QDateTime &before);

protected:
    ItemRecords() = default;
    ~ItemRecords() = default;
};

} // namespace freshet
