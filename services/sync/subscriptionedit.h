// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "sync/syncclient.h"

#include <QObject>

#include <functional>

namespace freshet::sync {

/// Subscribes, unsubscribes, renames or moves a sync account's feed, or renames or deletes a
/// category, on its server: the server is where a synced subscription lives, so a feed changed
/// only here would come back as it was at the next sync.
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
    /// Moves the feed between the server's categories (either empty: none); feed in done() is
    /// where the server then lists it.
    static SubscriptionEdit *moveFeed(const Account &account, const QString &secret, const QString &remoteFeedId,
                                      const QString &fromCategory, const QString &toCategory, QObject *parent = nullptr);
    static SubscriptionEdit *renameCategory(const Account &account, const QString &secret, const QString &from, const QString &to,
                                            QObject *parent = nullptr);
    /// The category's feeds stay subscribed, out of it.
    static SubscriptionEdit *deleteCategory(const Account &account, const QString &secret, const QString &name, QObject *parent = nullptr);
    ~SubscriptionEdit() override;

signals:
    /// error.message is empty when it worked; feed is what the server lists after subscribing.
    void done(const freshet::sync::SyncError &error, const freshet::sync::RemoteFeed &feed);

private:
    SubscriptionEdit(const Account &account, const QString &secret, QObject *parent);
    /// A new edit that, once its caller has connected to done(), asks its client.
    static SubscriptionEdit *begin(const Account &account, const QString &secret, QObject *parent,
                                   std::function<void(SubscriptionEdit *, SyncClient *)> ask);
    SyncCallback<Done> answerDone();
    SyncCallback<RemoteFeed> answerFeed();
    void finish(const SyncError &error, const RemoteFeed &feed = {});

    SyncClient *m_client;
    bool m_finished = false;
};

} // namespace freshet::sync
