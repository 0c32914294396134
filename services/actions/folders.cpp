// SPDX-License-Identifier: MIT
#include "folders.h"

#include "credentials/credentialstore.h"
#include "storage/storethread.h"
#include "storage/syncrecords.h"
#include "syncfolders.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace freshet::actions {

namespace {

class FolderMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::FolderMessages)
};

/// Whether the feed's folder is its server's: a synced feed's, but for the account's archive,
/// which is this device's own (no server has it).
bool onServer(const Feed &feed)
{
    return feed.isSynced() && feed.remoteId != SyncRecords::archiveFeedId;
}

/// What deleting a folder with its feeds removed: how many feeds, and the keychain entries
/// of their logins, read in the same store job as the removal.
struct Removed
{
    int feeds = 0;
    QStringList credentialKeys;
};

Result<Removed> removeFolderAndFeeds(FeedStore &store, qint64 accountId, const QString &path)
{
    const Result<QList<qint64>> ids = store.feedIdsInFolder(accountId, path);
    if (!ids)
        return Result<Removed>::failure(ids.error());
    Removed removed;
    for (qint64 id : ids.value()) {
        const Result<FeedLogin> login = store.login(id);
        if (!login)
            return Result<Removed>::failure(login.error());
        if (login.value().isSet())
            removed.credentialKeys << login.value().credentialKey;
    }
    const Result<int> deleted = store.deleteFolder(accountId, path, true);
    if (!deleted)
        return Result<Removed>::failure(deleted.error());
    removed.feeds = deleted.value();
    return Result<Removed>::success(removed);
}

/// Removes the keys one after another; done gets the first failure's message, or nothing.
void forgetSecrets(CredentialStore *credentials, QStringList keys, QObject *context, std::function<void(const QString &)> done)
{
    if (keys.isEmpty()) {
        done({});
        return;
    }
    const QString key = keys.takeFirst();
    credentials->remove(key, context, [credentials, keys, context, done](const Status &forgotten) {
        forgetSecrets(credentials, keys, context,
                      [forgotten, done](const QString &later) { done(!forgotten ? forgotten.error() : later); });
    });
}

} // namespace

void createFolder(const ActionServices &services, qint64 accountId, const QString &path, QObject *context,
                  std::function<void(const Outcome &)> done)
{
    if (accountId != localAccountId) {
        createSyncFolder(services, accountId, path, context, std::move(done));
        return;
    }
    const QString folder = Folder::normalized(path);
    services.store->post([accountId, folder](FeedStore &store) { return store.createFolder(accountId, folder); }, context,
                         [folder, done](const Status &made) {
                             done(made ? Outcome::done(FolderMessages::tr("Made the folder “%1”.").arg(folder))
                                       : Outcome::failed(Failure::Input, made.error()));
                         });
}

void renameFolder(const ActionServices &services, qint64 accountId, const QString &from, const QString &to, QObject *context,
                  std::function<void(const Outcome &)> done)
{
    if (accountId != localAccountId) {
        renameSyncFolder(services, accountId, from, to, context, std::move(done));
        return;
    }
    const QString target = Folder::normalized(to);
    services.store->post([accountId, from, target](FeedStore &store) { return store.renameFolder(accountId, from, target); }, context,
                         [from, target, done](const Status &renamed) {
                             done(renamed ? Outcome::done(FolderMessages::tr("Renamed the folder “%1” to “%2”.").arg(from, target))
                                          : Outcome::failed(Failure::Input, renamed.error()));
                         });
}

void deleteFolder(const ActionServices &services, qint64 accountId, const QString &path, bool removeFeeds, QObject *context,
                  std::function<void(const Outcome &)> done)
{
    if (accountId != localAccountId) {
        deleteSyncFolder(services, accountId, path, removeFeeds, context, std::move(done));
        return;
    }
    if (!removeFeeds) {
        services.store->post([accountId, path](FeedStore &store) { return store.deleteFolder(accountId, path, false); }, context,
                             [path, done](const Result<int> &deleted) {
                                 if (!deleted)
                                     done(Outcome::failed(Failure::Storage, deleted.error()));
                                 else
                                     done(Outcome::done(FolderMessages::tr("Deleted the folder “%1”; its %n feed(s) moved up a level.",
                                                                           nullptr, deleted.value())
                                                            .arg(path)));
                             });
        return;
    }
    CredentialStore *credentials = services.credentials;
    services.store->post([accountId, path](FeedStore &store) { return removeFolderAndFeeds(store, accountId, path); }, context,
                         [credentials, path, context, done](const Result<Removed> &removed) {
                             if (!removed) {
                                 done(Outcome::failed(Failure::Storage, removed.error()));
                                 return;
                             }
                             const QString message = FolderMessages::tr("Deleted the folder “%1” and unsubscribed from its %n feed(s).",
                                                                        nullptr, removed.value().feeds)
                                                         .arg(path);
                             forgetSecrets(credentials, removed.value().credentialKeys, context, [message, done](const QString &error) {
                                 done(error.isEmpty() ? Outcome::done(message)
                                                      : Outcome::done(message, FolderMessages::tr("A password or token could not be deleted from the "
                                                                                                  "keychain: %1")
                                                                                   .arg(error)));
                             });
                         });
}

void moveFeedsToFolder(const ActionServices &services, const QList<Feed> &feeds, const QString &path, QObject *context,
                       std::function<void(const Outcome &)> done)
{
    QList<qint64> ids;
    QList<Feed> synced;
    for (const Feed &feed : feeds) {
        if (onServer(feed))
            synced << feed;
        else
            ids << feed.id;
    }
    if (!synced.isEmpty()) {
        // Moved on its server, one account at a time, before this device's own feeds.
        QList<Feed> sameAccount;
        QList<Feed> rest;
        for (const Feed &feed : feeds)
            (onServer(feed) && feed.accountId == synced.constFirst().accountId ? sameAccount : rest) << feed;
        moveSyncedFeeds(services, sameAccount, path, context, [services, rest, path, context, done](const Outcome &moved) {
            if (!moved.succeeded() || rest.isEmpty()) {
                done(moved);
                return;
            }
            moveFeedsToFolder(services, rest, path, context, [moved, done](const Outcome &others) {
                done(others.succeeded() ? Outcome::done(moved.message + u' ' + others.message) : others);
            });
        });
        return;
    }
    const QString folder = Folder::normalized(path);
    services.store->post([ids, folder](FeedStore &store) { return store.moveFeeds(ids, folder); }, context,
                         [folder, done](const Result<int> &moved) {
                             if (!moved)
                                 done(Outcome::failed(Failure::Storage, moved.error()));
                             else if (folder.isEmpty())
                                 done(Outcome::done(FolderMessages::tr("Moved %n feed(s) out of their folders.", nullptr, moved.value())));
                             else
                                 done(Outcome::done(FolderMessages::tr("Moved %n feed(s) to “%1”.", nullptr, moved.value()).arg(folder)));
                         });
}

} // namespace freshet::actions
