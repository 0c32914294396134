#pragma once

#include "itemreader.h"
#include "storage/feedstore.h"

#include <memory>

namespace freshet {

/// ItemReader over a FeedStore connection of the calling thread (the GUI's reader).
class StoreItemReader final : public ItemReader
{
public:
    explicit StoreItemReader(std::unique_ptr<FeedStore> store) : m_store(std::move(store)) {}

    Result<QList<Item>> readItems(const ItemQuery &query) override { return m_store->items(query); }
    Result<QList<Feed>> readFeeds() override { return m_store->feeds(); }
    Result<qint64> readMaxItemId() override { return m_store->maxItemId(); }
    FeedStore &store() { return *m_store; }

private:
    std::unique_ptr<FeedStore> m_store;
};

} // namespace freshet
