// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "accountrecords.h"
#include "feed.h"
#include "feedlogin.h"
#include "feedrecords.h"
#include "fetchrun.h"
#include "fetchwriter.h"
#include "item.h"
#include "itemidentity.h"
#include "itemquery.h"
#include "itemrecords.h"
#include "loginrecords.h"
#include "remotefeed.h"
#include "remoteitem.h"
#include "result.h"
#include "statechange.h"
#include "storeconnection.h"
#include "syncrecords.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

namespace freshet {

/// Freshet's cache: feeds, items and the fetch log in SQLite.
/// One FeedStore is one connection and belongs to the thread that opened it. Each feed's
/// update is all or nothing (its own transaction, or a savepoint inside a batch): a crash loses
/// at most the feeds being written, never corrupts and never keeps half a feed.
class FeedStore final : public FeedRecords,
                        public ItemRecords,
                        public FetchWriter,
                        public LoginRecords,
                        public AccountRecords,
                        public SyncRecords
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
    using StoreConnection::rollbackBatch;

    // The fetch log
    Result<qint64> beginRun(FetchTrigger trigger, qint64 deadlineMs, const QDateTime &startedAt);
    Status finishRun(const FetchRunSummary &summary);
    Status addOutcome(qint64 runId, const FeedOutcomeRecord &outcome);
    Result<QList<FetchRunSummary>> recentRuns(int limit) const;

private:
    explicit FeedStore(QString connectionName);
};

} // namespace freshet
