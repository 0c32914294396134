// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "result.h"
#include "storeconnection.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace freshet {

/// FeedStore's sync accounts and where each one's sync stands (accountrecords.cpp). The local
/// account (id 1) always exists and cannot be removed. Passwords live in the keychain.
class AccountRecords : protected virtual StoreConnection
{
public:
    Result<QList<Account>> accounts() const;
    Result<std::optional<Account>> accountByName(const QString &name) const;
    Result<std::optional<Account>> accountById(qint64 accountId) const;
    Result<Account> addAccount(const QString &name, const QString &protocol, const QString &server, const QString &user);
    /// Removes the account with its feeds, items and queued changes.
    Status removeAccount(qint64 accountId);
    Status setAccountLoginNeeded(qint64 accountId, bool needed);
    /// Records a sync's end; a non-null cursor moves the account's incremental position.
    Status recordSync(qint64 accountId, const QString &result, const QString &error, const QString &cursor);
    Status setSyncCursor(qint64 accountId, const QString &cursor);
    /// Where the next sync's slice of articles read again for edits starts (SyncClient::reReadItems).
    Status setReReadPosition(qint64 accountId, const QString &position);
    /// The read and starred state here is now the server's (AccountSync::readStarred).
    Status recordFullStateCheck(qint64 accountId);
    /// Unread synced articles per feed, by the server's feed id: compared with the server's
    /// counts once its recently read articles are applied (AccountSync::readUnread).
    Result<QHash<QString, int>> syncedUnreadCounts(qint64 accountId) const;

protected:
    AccountRecords() = default;
    ~AccountRecords() = default;
};

} // namespace freshet
