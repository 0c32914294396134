// SPDX-License-Identifier: MIT
#pragma once

#include "feed.h"

#include <QDateTime>
#include <QString>

namespace freshet {

/// Where a group of feeds comes from: Freshet itself (the local account), or a sync server
/// that polls the feeds and keeps read and starred state for every device of its user.
struct Account
{
    qint64 id = 0;
    QString name;     ///< unique; what the command line and the feed list call it
    QString protocol; ///< "local", "ttrss" or "greader"
    QString server;   ///< the server's address (empty for the local account)
    QString user;
    QDateTime addedAt;

    QString syncCursor; ///< where the next incremental sync starts (protocol-specific)
    QDateTime lastSyncAt;
    QString lastSyncResult; ///< FetchResult name of the last sync, empty before the first
    QString lastSyncError;
    bool loginNeeded = false; ///< the server refused the stored login
    QDateTime stateCheckedAt; ///< the last full comparison of read state with the server
    QString reReadPosition;   ///< where the next slice of articles read again for edits starts

    int feedCount = 0;
    int unreadCount = 0;
    int pendingChanges = 0; ///< read/star changes and feeds marked read not yet on the server
    QString credentialKey;  ///< keychain key of the password: "account/<profile tag>/<id>"

    bool isLocal() const { return id == localAccountId; }
};

} // namespace freshet
