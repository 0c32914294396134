// SPDX-License-Identifier: MIT
#pragma once

#include "fetchrun.h"
#include "itemchanges.h"
#include "itemidentity.h"
#include "result.h"
#include "storeconnection.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace freshet {

struct ParsedFeed;

/// Everything one fetch attempt learned about a feed; written in the same transaction as the
/// feed's items, so the validators never claim content the database does not have.
struct FeedFetchUpdate
{
    FeedOutcome outcome = FeedOutcome::Failed;
    QDateTime fetchedAt;
    int httpStatus = 0;
    QString etag;
    QString lastModified;
    QString bodyHash;
    QString error;
    int consecutiveErrors = 0;
    QDateTime nextDueAt;
    QString nextDueReason;
    QDateTime retryAfterAt;
    QString disabledReason;
    QString permanentUrl; ///< non-empty after a 301/308: the feed's new address
};

/// FeedStore's writer of fetch results: a feed's new state and its items, all or nothing, in a
/// batch (StoreConnection::beginBatch) or on their own (fetchwriter.cpp).
class FetchWriter : protected virtual StoreConnection
{
public:
    /// Writes the attempt's outcome and, when parsed is given, its items, all or nothing.
    /// An Updated outcome that changed no item is stored as NoNewItems. identities, when given,
    /// are itemIdentities(parsed->items), worked out beforehand off this thread.
    Result<ItemChanges> applyFetch(qint64 feedId, const FeedFetchUpdate &update, const ParsedFeed *parsed,
                                   const QList<ItemIdentity> *identities = nullptr);

protected:
    FetchWriter() = default;
    ~FetchWriter() = default;
};

} // namespace freshet
