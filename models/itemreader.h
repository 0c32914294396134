// SPDX-License-Identifier: MIT
#pragma once

#include "feed.h"
#include "folder.h"
#include "item.h"
#include "itemquery.h"
#include "result.h"

#include <QList>

namespace freshet {

/// The narrow read interface the item models pull rows through. Implemented over the store's
/// reader connection; reads are small keyset pages, cheap enough for the GUI thread.
class ItemReader
{
public:
    /// The highest item id and how many items match, read in one snapshot, so a model knows
    /// exactly which rows its count covers.
    struct Snapshot
    {
        qint64 maxItemId = 0;
        int count = 0;
    };

    virtual ~ItemReader() = default;
    virtual Result<QList<Item>> readItems(const ItemQuery &query) = 0;
    /// Counts the rows the query selects (its bounds and filters; limit and order ignored).
    virtual Result<int> countItems(const ItemQuery &query) = 0;
    virtual Result<Snapshot> readSnapshot(const ItemQuery &query) = 0;
    virtual Result<QList<Feed>> readFeeds() = 0;
    /// Only these feeds (in no particular order): cheap when a few of many changed.
    virtual Result<QList<Feed>> readFeeds(const QList<qint64> &feedIds) = 0;
    /// The highest item id the query can see (storage/itemrecords.h: a search sees fewer).
    virtual Result<qint64> readMaxItemId(const ItemQuery &query) = 0;
    /// The folders made by the person, kept even while no feed is in them.
    virtual Result<QList<Folder>> readFolders() = 0;
};

} // namespace freshet
