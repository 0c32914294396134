// SPDX-License-Identifier: MIT
#pragma once

#include "accountrecords.h"
#include "feedrecords.h"
#include "fetchlogrecords.h"
#include "fetchwriter.h"
#include "folderrecords.h"
#include "itemrecords.h"
#include "loginrecords.h"
#include "result.h"
#include "storeconnection.h"
#include "syncrecords.h"

#include <QString>

#include <memory>

namespace freshet {

/// Freshet's cache: feeds, items and the fetch log in SQLite.
/// One FeedStore is one connection and belongs to the thread that opened it. Each feed's
/// update is all or nothing (its own transaction, or a savepoint inside a batch): a crash loses
/// at most the feeds being written, never corrupts and never keeps half a feed.
/// Its methods live in the concerns it is made of, all on its one connection (StoreConnection);
/// code that needs only one concern may take that class by reference.
class FeedStore final : public FeedRecords,
                        public ItemRecords,
                        public FetchWriter,
                        public LoginRecords,
                        public AccountRecords,
                        public SyncRecords,
                        public FetchLogRecords,
                        public FolderRecords
{
public:
    static Result<std::unique_ptr<FeedStore>> open(const QString &path, const QString &connectionName);
    FeedStore(const FeedStore &) = delete;
    FeedStore &operator=(const FeedStore &) = delete;

    using StoreConnection::database;
    /// PRAGMA quick_check: every page of the file can be read. A damaged file also makes this
    /// connection read-only, so nothing queued behind the check writes into it before the
    /// person has kept a copy (`freshet repair`). Reads every page: run it off the GUI thread.
    [[nodiscard]] Status checkIntegrity();

    using StoreConnection::beginBatch;
    using StoreConnection::commitBatch;
    using StoreConnection::indexSearchBacklog;
    using StoreConnection::rollbackBatch;
    using StoreConnection::searchBacklogWaits;

private:
    explicit FeedStore(QString connectionName);
};

} // namespace freshet
