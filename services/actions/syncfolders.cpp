// SPDX-License-Identifier: MIT
#include "syncfolders.h"

#include "folder.h"
#include "storage/storethread.h"
#include "sync/subscriptionedit.h"
#include "syncedfeedaccount.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace freshet::actions {

namespace {

class SyncFolderMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::SyncFolderMessages)
};

/// One change on the server, started when its turn comes.
using ServerStep = std::function<sync::SubscriptionEdit *(QObject *context)>;

/// Runs the steps one after another, handing each answer's feed to each; done gets the first
/// failure (the later steps are not tried) or, when all went through, an empty error.
void runSteps(QList<ServerStep> steps, QObject *context, std::function<void(const sync::RemoteFeed &)> each,
              std::function<void(const sync::SyncError &)> done)
{
    if (steps.isEmpty()) {
        done({});
        return;
    }
    sync::SubscriptionEdit *edit = steps.takeFirst()(context);
    QObject::connect(edit, &sync::SubscriptionEdit::done, context,
                     [steps, context, each, done](const sync::SyncError &error, const sync::RemoteFeed &feed) {
                         if (!error.message.isEmpty()) {
                             done(error);
                             return;
                         }
                         if (each)
                             each(feed);
                         runSteps(steps, context, each, done);
                     });
}

/// The server's refusal as the person reads it: the protocol's own sentence when it cannot do
/// this at all, else `failed`, which says what failed, that nothing changed, and the reason.
Outcome refused(const sync::SyncError &error, const QString &failed)
{
    if (error.kind == sync::SyncErrorKind::Unsupported)
        return Outcome::failed(Failure::Input, error.message);
    return Outcome::failed(Failure::Server, failed);
}

/// The account's feeds in the folder or below it, read on the store's thread.
void readFeedsWithin(const ActionServices &services, qint64 accountId, const QString &path, QObject *context,
                     std::function<void(const QList<Feed> &)> ready, std::function<void(const Outcome &)> failed)
{
    services.store->post(
        [accountId, path](FeedStore &store) -> Result<QList<Feed>> {
            const Result<QList<qint64>> ids = store.feedIdsInFolder(accountId, path);
            if (!ids)
                return Result<QList<Feed>>::failure(ids.error());
            return store.feeds(ids.value());
        },
        context,
        [ready, failed](const Result<QList<Feed>> &feeds) {
            if (!feeds)
                failed(Outcome::failed(Failure::Storage, feeds.error()));
            else
                ready(feeds.value());
        });
}

/// The account's login, then its feeds in the folder or below it: what a change of the
/// folder on its server needs.
void readAccountAndFeeds(const ActionServices &services, qint64 accountId, const QString &path, QObject *context,
                         std::function<void(const Account &, const QString &secret, const QList<Feed> &)> ready,
                         std::function<void(const Outcome &)> failed)
{
    readAccountLogin(
        services, accountId, context,
        [services, accountId, path, context, ready, failed](const Account &account, const QString &secret) {
            readFeedsWithin(
                services, accountId, path, context,
                [account, secret, ready](const QList<Feed> &feeds) { ready(account, secret, feeds); }, failed);
        },
        failed);
}

/// The categories the server knows of the folder: those its feeds are in, each once.
QStringList categoriesOf(const QList<Feed> &feeds)
{
    QStringList categories;
    for (const Feed &feed : feeds) {
        if (!feed.category.isEmpty() && !categories.contains(feed.category))
            categories << feed.category;
    }
    return categories;
}

} // namespace

void createSyncFolder(const ActionServices &services, qint64 accountId, const QString &path, QObject *context,
                      std::function<void(const Outcome &)> done)
{
    const QString folder = Folder::normalized(path);
    services.store->post([accountId, folder](FeedStore &store) { return store.createFolder(accountId, folder); }, context,
                         [folder, done](const Status &made) {
                             done(made ? Outcome::done(SyncFolderMessages::tr("Made the folder “%1”. Its account's server has it once a "
                                                                              "feed is moved into it.")
                                                           .arg(folder))
                                       : Outcome::failed(Failure::Input, made.error()));
                         });
}

void renameSyncFolder(const ActionServices &services, qint64 accountId, const QString &from, const QString &to, QObject *context,
                      std::function<void(const Outcome &)> done)
{
    const QString target = Folder::normalized(to);
    readAccountAndFeeds(
        services, accountId, from, context,
        [services, accountId, from, target, context, done](const Account &account, const QString &secret, const QList<Feed> &feeds) {
            QList<ServerStep> steps;
            for (const QString &category : categoriesOf(feeds)) {
                steps << [account, secret, category, from, target](QObject *parent) {
                    return sync::SubscriptionEdit::renameCategory(account, secret, category, Folder::moved(category, from, target), parent);
                };
            }
            runSteps(steps, context, {}, [services, accountId, from, target, context, done, account](const sync::SyncError &error) {
                if (!error.message.isEmpty()) {
                    done(refused(error, SyncFolderMessages::tr("Account “%1” could not rename the folder “%2”; nothing was changed: %3")
                                            .arg(account.name, from, error.message)));
                    return;
                }
                services.store->post([accountId, from,
                                      target](FeedStore &store) { return store.renameFolder(accountId, from, target); },
                                     context,
                                     [from, target, account, done](const Status &renamed) {
                                         done(renamed ? Outcome::done(SyncFolderMessages::tr("Renamed the folder “%1” to “%2” on account “%3”.")
                                                                          .arg(from, target, account.name))
                                                      : Outcome::failed(Failure::Storage, renamed.error()));
                                     });
            });
        },
        done);
}

namespace {

/// What deleting the folder asks of the server: unsubscribing its feeds, or taking them out of
/// its categories (a server may keep an empty one) and into the folder above, where there is one.
QList<ServerStep> deleteSteps(const Account &account, const QString &secret, const QList<Feed> &feeds, const QString &path, bool removeFeeds)
{
    QList<ServerStep> steps;
    if (removeFeeds) {
        for (const Feed &feed : feeds) {
            steps << [account, secret, remoteId = feed.remoteId](QObject *parent) {
                return sync::SubscriptionEdit::unsubscribe(account, secret, remoteId, parent);
            };
        }
        return steps;
    }
    for (const QString &category : categoriesOf(feeds)) {
        steps << [account, secret, category](QObject *parent) {
            return sync::SubscriptionEdit::deleteCategory(account, secret, category, parent);
        };
    }
    const QString parentFolder = Folder::parentOf(path);
    for (const Feed &feed : feeds) {
        const QString above = Folder::moved(feed.category, path, parentFolder);
        if (above.isEmpty())
            continue;
        steps << [account, secret, remoteId = feed.remoteId, above](QObject *parent) {
            return sync::SubscriptionEdit::moveFeed(account, secret, remoteId, {}, above, parent);
        };
    }
    return steps;
}

Outcome deletedMessage(const Account &account, const QString &path, bool removeFeeds, const Result<int> &deleted)
{
    if (!deleted)
        return Outcome::failed(Failure::Storage, deleted.error());
    if (removeFeeds)
        return Outcome::done(SyncFolderMessages::tr("Deleted the folder “%1” and unsubscribed account “%2” from its %n feed(s).",
                                                    nullptr, deleted.value())
                                 .arg(path, account.name));
    return Outcome::done(SyncFolderMessages::tr("Deleted the folder “%1” on account “%2”; its %n feed(s) moved up a level.",
                                                nullptr, deleted.value())
                             .arg(path, account.name));
}

} // namespace

void deleteSyncFolder(const ActionServices &services, qint64 accountId, const QString &path, bool removeFeeds, QObject *context,
                      std::function<void(const Outcome &)> done)
{
    readAccountAndFeeds(
        services, accountId, path, context,
        [services, accountId, path, removeFeeds, context, done](const Account &account, const QString &secret, const QList<Feed> &feeds) {
            runSteps(deleteSteps(account, secret, feeds, path, removeFeeds), context, {},
                     [services, accountId, path, removeFeeds, context, done, account](const sync::SyncError &error) {
                         if (!error.message.isEmpty()) {
                             // What the server did before it refused comes with the next sync.
                             done(refused(error, SyncFolderMessages::tr("Account “%1” could not delete the folder “%2”: %3")
                                                     .arg(account.name, path, error.message)));
                             return;
                         }
                         services.store->post([accountId, path, removeFeeds](
                                                  FeedStore &store) { return store.deleteFolder(accountId, path, removeFeeds); },
                                              context,
                                              [account, path, removeFeeds, done](const Result<int> &deleted) {
                                                  done(deletedMessage(account, path, removeFeeds, deleted));
                                              });
                     });
        },
        done);
}

void moveSyncedFeeds(const ActionServices &services, const QList<Feed> &feeds, const QString &path, QObject *context,
                     std::function<void(const Outcome &)> done)
{
    Q_ASSERT(!feeds.isEmpty());
    const QString folder = Folder::normalized(path);
    readAccountLogin(
        services, feeds.constFirst().accountId, context,
        [services, feeds, folder, context, done](const Account &account, const QString &secret) {
            QList<ServerStep> steps;
            for (const Feed &feed : feeds) {
                steps << [account, secret, remoteId = feed.remoteId, from = feed.category, folder](QObject *parent) {
                    return sync::SubscriptionEdit::moveFeed(account, secret, remoteId, from, folder, parent);
                };
            }
            // Where the server then lists each feed: a server without "no category" (FreshRSS)
            // puts a feed moved to the top level in its default one.
            auto placed = std::make_shared<QHash<QString, QString>>();
            runSteps(
                steps, context, [placed](const sync::RemoteFeed &listed) { placed->insert(listed.id, listed.category); },
                [services, feeds, folder, context, done, account, placed](const sync::SyncError &error) {
                    if (!error.message.isEmpty()) {
                        done(refused(error, SyncFolderMessages::tr("Account “%1” could not move the feeds to “%2”; nothing was changed: %3")
                                                .arg(account.name, folder, error.message)));
                        return;
                    }
                    QList<std::pair<qint64, QString>> moves;
                    QString elsewhere; // where the server put a feed instead, if it did
                    for (const Feed &feed : feeds) {
                        const QString listed = Folder::normalized(placed->value(feed.remoteId, folder));
                        moves.append({feed.id, listed});
                        if (listed != folder)
                            elsewhere = listed;
                    }
                    services.store->post(
                        [moves](FeedStore &store) -> Result<int> {
                            int moved = 0;
                            for (const auto &[id, category] : moves) {
                                const Result<int> one = store.moveFeeds({id}, category);
                                if (!one)
                                    return one;
                                moved += one.value();
                            }
                            return Result<int>::success(moved);
                        },
                        context,
                        [folder, account, done, elsewhere, count = int(feeds.size())](const Result<int> &moved) {
                            if (!moved)
                                done(Outcome::failed(Failure::Storage, moved.error()));
                            else if (!elsewhere.isEmpty())
                                done(Outcome::done(SyncFolderMessages::tr("The server of account “%1” keeps every feed in a folder: it put the "
                                                                          "%n feed(s) in “%2”.",
                                                                          nullptr, count)
                                                       .arg(account.name, elsewhere)));
                            else if (folder.isEmpty())
                                done(Outcome::done(SyncFolderMessages::tr("Moved %n feed(s) out of their folders on account “%1”.",
                                                                          nullptr, moved.value())
                                                       .arg(account.name)));
                            else
                                done(Outcome::done(SyncFolderMessages::tr("Moved %n feed(s) to “%1” on account “%2”.", nullptr,
                                                                          moved.value())
                                                       .arg(folder, account.name)));
                        });
                });
        },
        done);
}

} // namespace freshet::actions
