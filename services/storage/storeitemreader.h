// SPDX-License-Identifier: MIT
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
    Result<int> countItems(const ItemQuery &query) override { return m_store->itemCount(query); }
    Result<Snapshot> readSnapshot(const ItemQuery &query) override;
    Result<QList<Feed>> readFeeds() override { return m_store->feeds(); }
    Result<QList<Feed>> readFeeds(const QList<qint64> &feedIds) override { return m_store->feeds(feedIds); }
    Result<qint64> readMaxItemId(const ItemQuery &query) override { return m_store->maxItemId(query); }
    Result<QList<Folder>> readFolders() override { return m_store->folders(); }
    FeedStore &store() { return *m_store; }

private:
    std::unique_ptr<FeedStore> m_store;
};

inline Result<ItemReader::Snapshot> StoreItemReader::readSnapshot(const ItemQuery &query)
{
    Result<std::pair<qint64, int>> read = m_store->countSnapshot(query);
    if (!read)
        return Result<Snapshot>::failure(read.error());
    return Result<Snapshot>::success(Snapshot{read.value().first, read.value().second});
}

} // namespace freshet
