// SPDX-License-Identifier: MIT
#include "removefeed.h"

#include "credentials/credentialstore.h"
#include "storage/storethread.h"
#include "storage/syncrecords.h"
#include "sync/archivedarticles.h"
#include "sync/subscriptionedit.h"
#include "syncedfeedaccount.h"

#include <QCoreApplication>

namespace freshet::actions {

namespace {

class RemoveFeedMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::RemoveFeedMessages)
};

/// The feed's login (so its secret can follow it) and the removal, in one job: no other job
/// can change the login in between.
Result<FeedLogin> removeReturningLogin(FeedStore &store, qint64 feedId)
{
    Result<FeedLogin> login = store.login(feedId);
    if (!login)
        return login;
    if (Status removed = store.removeFeed(feedId); !removed)
        return Result<FeedLogin>::failure(removed.error());
    return login;
}

void removeHere(const ActionServices &services, const Feed &feed, QObject *context, std::function<void(const Outcome &)> done)
{
    CredentialStore *credentials = services.credentials;
    services.store->post(
        [id = feed.id](FeedStore &store) { return removeReturningLogin(store, id); }, context,
        [credentials, feed, context, done](const Result<FeedLogin> &removed) {
            if (!removed) {
                done(Outcome::failed(Failure::Storage, removed.error()));
                return;
            }
            const QString message = RemoveFeedMessages::tr("Removed %1 and its %n item(s).", nullptr, feed.itemCount).arg(feed.displayTitle());
            if (!removed.value().isSet()) {
                done(Outcome::done(message));
                return;
            }
            credentials->remove(removed.value().credentialKey, context, [message, done](const Status &forgotten) {
                done(forgotten ? Outcome::done(message)
                               : Outcome::done(message, RemoveFeedMessages::tr("Its password or token could not be deleted from the keychain: %1")
                                                            .arg(forgotten.error())));
            });
        });
}

void removeOnServer(const ActionServices &services, const Feed &feed, const Account &account, const QString &secret,
                    QObject *context, std::function<void(const Outcome &)> done)
{
    auto *edit = sync::SubscriptionEdit::unsubscribe(account, secret, feed.remoteId, context);
    StoreThread *store = services.store;
    QObject::connect(edit, &sync::SubscriptionEdit::done, context, [store, feed, account, context, done](const sync::SyncError &error) {
        if (!error.message.isEmpty()) {
            done(Outcome::failed(Failure::Server, RemoveFeedMessages::tr("%1 could not unsubscribe from %2; nothing was removed: %3")
                                                      .arg(account.name, feed.displayTitle(), error.message)));
            return;
        }
        // tt-rss keeps the starred articles of a feed unsubscribed and lists them starred still:
        // they stay here too, under the account's archive, which the next sync keeps as the
        // server does (FreshRSS drops them, and so does that sync).
        store->post([id = feed.id, accountId = account.id](
                        FeedStore &s) { return s.removeSyncedFeed(accountId, id, sync::archivedArticlesTitle()); },
                    context,
                    [feed, account, done](const Result<int> &archived) {
                        if (!archived) {
                            done(Outcome::failed(Failure::Storage, archived.error()));
                            return;
                        }
                        const QString message = RemoveFeedMessages::tr("Unsubscribed from %1 on account “%2” and removed its %n item(s) here.",
                                                                       nullptr, feed.itemCount - archived.value())
                                                    .arg(feed.displayTitle(), account.name);
                        if (archived.value() == 0)
                            return done(Outcome::done(message));
                        done(Outcome::done(message + u' '
                                           + RemoveFeedMessages::tr("%n starred item(s) stay under “%1” for as long as the server keeps them starred.",
                                                                    nullptr, archived.value())
                                                 .arg(sync::archivedArticlesTitle())));
                    });
    });
}

} // namespace

void removeFeed(const ActionServices &services, const Feed &feed, QObject *context, std::function<void(const Outcome &)> done)
{
    // The account's archive is this device's own: no server has a feed to unsubscribe from.
    if (!feed.isSynced() || feed.remoteId == SyncRecords::archiveFeedId) {
        removeHere(services, feed, context, std::move(done));
        return;
    }
    readSyncedFeedAccount(
        services, feed, context,
        [services, feed, context, done](const Account &account, const QString &secret) {
            removeOnServer(services, feed, account, secret, context, done);
        },
        done);
}

} // namespace freshet::actions
