// SPDX-License-Identifier: MIT
#include "subscribehere.h"

#include "storage/database.h"
#include "storage/storethread.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace freshet::actions {

namespace {

class SubscribeHereMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::SubscribeHereMessages)
};

struct Subscribed
{
    Feed feed;
    bool existed = false;
};

/// What addAll did: the feeds, or why none was added (a duplicate is the person's input, a
/// refusal of the database is storage).
struct AddAllAnswer
{
    QList<Subscribed> subscribed;
    std::optional<Outcome> refused;
};

/// Every address checked against the subscriptions and added in one transaction: a duplicate
/// or a refusal in the third leaves nothing half-done.
AddAllAnswer addAll(FeedStore &store, const NewFeeds &wanted)
{
    QSqlDatabase db = store.database();
    if (!db.transaction())
        return {{}, Outcome::failed(Failure::Storage, describeSqlError(db.lastError()))};
    const auto refuse = [&db](Failure why, const QString &message) {
        db.rollback();
        return AddAllAnswer{{}, Outcome::failed(why, message)};
    };
    QList<Subscribed> done;
    QSet<QString> seen;
    for (const QString &address : wanted.addresses) {
        Result<std::optional<Feed>> existing = store.localFeedByUrl(address);
        if (!existing)
            return refuse(Failure::Storage, existing.error());
        if ((existing.value() && !wanted.login) || seen.contains(address))
            return refuse(Failure::Input, SubscribeHereMessages::tr("Already subscribed to %1; nothing was added.").arg(address));
        seen.insert(address);
        if (existing.value()) {
            done << Subscribed{*existing.value(), true};
            continue;
        }
        Result<Feed> added = store.addFeed(address, wanted.folder);
        if (!added)
            return refuse(Failure::Storage, SubscribeHereMessages::tr("Nothing was added: %1").arg(added.error()));
        done << Subscribed{added.value(), false};
    }
    if (!db.commit()) {
        const QString error = describeSqlError(db.lastError());
        return refuse(Failure::Storage, SubscribeHereMessages::tr("Nothing was added: %1").arg(error));
    }
    return {done, std::nullopt};
}

QList<Feed> feedsOf(const QList<Subscribed> &subscribed)
{
    QList<Feed> feeds;
    for (const Subscribed &one : subscribed)
        feeds << one.feed;
    return feeds;
}

QString describe(const QList<Subscribed> &subscribed)
{
    QStringList lines;
    for (const Subscribed &one : subscribed) {
        lines << (one.existed ? SubscribeHereMessages::tr("Updated the login of %1").arg(one.feed.url)
                              : SubscribeHereMessages::tr("Added %1").arg(one.feed.url));
    }
    return lines.join(u'\n');
}

} // namespace

void subscribeHere(const ActionServices &services, const NewFeeds &wanted, QObject *context,
                   std::function<void(const Outcome &, const QList<Feed> &feeds)> done)
{
    if (wanted.login && wanted.addresses.size() != 1) {
        const Outcome refused = Outcome::failed(Failure::Input, SubscribeHereMessages::tr("A login goes with exactly one feed address."));
        QMetaObject::invokeMethod(
            context, [done, refused] { done(refused, {}); }, Qt::QueuedConnection);
        return;
    }
    services.store->post(
        [wanted](FeedStore &store) { return addAll(store, wanted); }, context,
        [services, wanted, context, done](const AddAllAnswer &added) {
            if (added.refused) {
                done(*added.refused, {});
                return;
            }
            Outcome outcome = Outcome::done(describe(added.subscribed));
            outcome.changed = int(added.subscribed.size());
            if (!wanted.login) {
                done(outcome, feedsOf(added.subscribed));
                return;
            }
            const Subscribed only = added.subscribed.constFirst();
            setFeedLogin(services, only.feed, *wanted.login, context, [services, only, outcome, context, done](const Outcome &login) {
                if (login.succeeded() || only.existed) {
                    done(login.succeeded() ? outcome : login, login.succeeded() ? QList<Feed>{only.feed} : QList<Feed>{});
                    return;
                }
                // A feed that cannot log in is not half-added.
                services.store->post([id = only.feed.id](FeedStore &store) { return store.removeFeed(id); }, context,
                                     [only, login, done](const Status &removed) {
                                         done(Outcome::failed(login.failure,
                                                              removed ? SubscribeHereMessages::tr("Nothing was added: %1").arg(login.message)
                                                                      : SubscribeHereMessages::tr("%1 was added but cannot log in (%2), and could not be taken out again: %3")
                                                                            .arg(only.feed.url, login.message, removed.error())),
                                              {});
                                     });
            });
        });
}

} // namespace freshet::actions
