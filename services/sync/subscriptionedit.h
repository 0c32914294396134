// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "sync/syncclient.h"

#include <QObject>

namespace freshet::sync {

/// Subscribes, unsubscribes or renames a sync account's feed on its server: the server is where
/// a synced subscription lives, so a feed removed or renamed only here would come back as it was
/// at the next sync.
/// Logs in, asks, answers done() once on this thread, then deletes itself.
class SubscriptionEdit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionEdit)

public:
    static SubscriptionEdit *subscribe(const Account &account, const QString &secret, const QString &feedUrl,
                                       const QString &category, QObject *parent = nullptr);
    static SubscriptionEdit *unsubscribe(const Account &account, const QString &secret, const QString &remoteFeedId, QObject *parent = nullptr);
    /// Answers Unsupported when the protocol cannot rename (tt-rss): feedrename.h then keeps the
    /// name on this device only.
    static SubscriptionEdit *rename(const Account &account, const QString &secret, const QString &remoteFeedId,
                                    const QString &title, QObject *parent = nullptr);
    ~SubscriptionEdit() override;

signals:
    /// error.message is empty when it worked; feed is what the server lists after subscribing.
    void done(const freshet::sync::SyncError &error, const freshet::sync::RemoteFeed &feed);

private:
    SubscriptionEdit(const Account &account, const QString &secret, QObject *parent);
    void finish(const SyncError &error, const RemoteFeed &feed = {});

    SyncClient *m_client;
    bool m_finished = false;
};

} // namespace freshet::sync
