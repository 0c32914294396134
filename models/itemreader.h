#pragma once

#include "feed.h"
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
    virtual ~ItemReader() = default;
    virtual Result<QList<Item>> readItems(const ItemQuery &query) = 0;
    virtual Result<QList<Feed>> readFeeds() = 0;
    virtual Result<qint64> readMaxItemId() = 0;
};

} // namespace freshet
