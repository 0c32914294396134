// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "feed.h"

#include <QObject>

namespace freshet {

class CredentialStore;
class StoreThread;

/// The window's renaming of feeds. A local feed's name is stored on the store thread; a synced
/// feed is renamed on its account's server first (asynchronously, on this thread), then stored,
/// or kept on this device only when the protocol cannot rename. Never blocks the thread it
/// lives on; answers renamed() or failed() once per call.
class FeedRenamer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedRenamer)

public:
    FeedRenamer(StoreThread *store, QObject *parent);

    /// An empty title gives the feed its own title back (on this device only: servers keep
    /// no such thing).
    void rename(const Feed &feed, const QString &title);

signals:
    /// The name is stored; note says so in a sentence for the person (and when the name stays
    /// on this device only).
    void renamed(qint64 feedId, const QString &note);
    void failed(const QString &message);

private:
    void renameHere(const Feed &feed, const QString &title);
    void renameOnServer(const Feed &feed, const Account &account, const QString &secret, const QString &title);

    StoreThread *m_store;
    CredentialStore *m_credentials;
};

} // namespace freshet
