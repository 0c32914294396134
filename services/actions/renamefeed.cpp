// SPDX-License-Identifier: MIT
#include "renamefeed.h"

#include "answerlater.h"
#include "storage/storethread.h"
#include "storage/syncrecords.h"
#include "sync/feedrename.h"
#include "sync/subscriptionedit.h"
#include "syncedfeedaccount.h"

#include <QCoreApplication>

namespace freshet::actions {

namespace {

class RenameFeedMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::RenameFeedMessages)
};

void renameHere(const ActionServices &services, const Feed &feed, const QString &title, QObject *context,
                std::function<void(const Outcome &)> done)
{
    services.store->post([id = feed.id, title](FeedStore &store) { return store.renameFeed(id, title); }, context,
                         [feed, title, done](const Status &stored) {
                             if (!stored)
                                 done(Outcome::failed(Failure::Storage, stored.error()));
                             else if (title.isEmpty())
                                 done(Outcome::done(RenameFeedMessages::tr("%1 shows its own title again.").arg(feed.ownDisplayTitle())));
                             else
                                 done(Outcome::done(RenameFeedMessages::tr("Renamed %1 to “%2”.").arg(feed.displayTitle(), title)));
                         });
}

void renameOnServer(const ActionServices &services, const Feed &feed, const Account &account, const QString &secret,
                    const QString &title, QObject *context, std::function<void(const Outcome &)> done)
{
    auto *edit = sync::SubscriptionEdit::rename(account, secret, feed.remoteId, title, context);
    StoreThread *store = services.store;
    QObject::connect(edit, &sync::SubscriptionEdit::done, context, [store, feed, account, title, context, done](const sync::SyncError &answer) {
        store->post([id = feed.id, title, answer](FeedStore &s) { return sync::storeSyncedRename(s, id, title, answer); }, context,
                    [feed, account, title, done](const Result<sync::RenameKept> &kept) {
                        if (!kept) {
                            done(Outcome::failed(Failure::Server, RenameFeedMessages::tr("%1 could not rename %2; nothing was changed: %3")
                                                                      .arg(account.name, feed.displayTitle(), kept.error())));
                        } else if (kept.value() == sync::RenameKept::OnServer) {
                            done(Outcome::done(RenameFeedMessages::tr("Renamed %1 to “%2” on account “%3”.")
                                                   .arg(feed.displayTitle(), title, account.name)));
                        } else {
                            done(Outcome::done(RenameFeedMessages::tr("Renamed %1 to “%2”.").arg(feed.displayTitle(), title) + u' '
                                               + sync::keptHereOnlyMessage(account.name)));
                        }
                    });
    });
}

} // namespace

void renameFeed(const ActionServices &services, const Feed &feed, const QString &title, QObject *context,
                std::function<void(const Outcome &)> done)
{
    const QString name = title.simplified();
    if (!name.isEmpty() && name == feed.displayTitle()) {
        answerLater(context, std::move(done),
                    Outcome::done(RenameFeedMessages::tr("%1 already has that name: nothing was changed.").arg(name)));
        return;
    }
    // The account's archive is this device's own: its name too.
    if (!feed.isSynced() || name.isEmpty() || feed.remoteId == SyncRecords::archiveFeedId) {
        renameHere(services, feed, name, context, std::move(done));
        return;
    }
    readSyncedFeedAccount(
        services, feed, context,
        [services, feed, name, context, done](const Account &account, const QString &secret) {
            renameOnServer(services, feed, account, secret, name, context, done);
        },
        done);
}

} // namespace freshet::actions
