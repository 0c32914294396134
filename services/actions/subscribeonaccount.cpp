// SPDX-License-Identifier: MIT
#include "subscribeonaccount.h"

#include "storage/storethread.h"
#include "sync/subscriptionedit.h"
#include "syncedfeedaccount.h"

#include <QCoreApplication>

namespace freshet::actions {

namespace {

class SubscribeOnAccountMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::SubscribeOnAccountMessages)
};

void subscribeOnServer(const ActionServices &services, const Account &account, const QString &feedUrl, const QString &folder,
                       QObject *context, std::function<void(const Outcome &, const QString &)> done);

} // namespace

void subscribeOnAccount(const ActionServices &services, const Account &account, const QString &feedUrl, const QString &folder,
                        QObject *context, std::function<void(const Outcome &, const QString &)> done)
{
    // A feed the account has already: the server would only answer "bad request".
    services.store->post(
        [feedUrl](FeedStore &store) { return store.feedsByUrl({feedUrl}); }, context,
        [services, account, feedUrl, folder, context, done](const Result<QList<Feed>> &held) {
            for (const Feed &feed : held ? held.value() : QList<Feed>()) {
                if (feed.accountId != account.id)
                    continue;
                const QString message = feed.category.isEmpty()
                                            ? SubscribeOnAccountMessages::tr("Account “%1” already has %2.").arg(account.name, feedUrl)
                                            : SubscribeOnAccountMessages::tr("Account “%1” already has %2, in “%3”.").arg(account.name, feedUrl, feed.category);
                done(Outcome::failed(Failure::Input, message), {});
                return;
            }
            subscribeOnServer(services, account, feedUrl, folder, context, done);
        });
}

namespace {

void subscribeOnServer(const ActionServices &services, const Account &account, const QString &feedUrl, const QString &folder,
                       QObject *context, std::function<void(const Outcome &, const QString &)> done)
{
    const auto failed = [done](const Outcome &failure) { done(failure, {}); };
    readAccountLogin(
        services, account.id, context,
        [services, feedUrl, folder, context, done](const Account &current, const QString &secret) {
            auto *edit = sync::SubscriptionEdit::subscribe(current, secret, feedUrl, folder, context);
            QObject::connect(
                edit, &sync::SubscriptionEdit::done, context,
                [services, current, feedUrl, context, done](const sync::SyncError &error, const sync::RemoteFeed &feed) {
                    if (error.message.isEmpty()) {
                        done(Outcome::done(SubscribeOnAccountMessages::tr("Subscribed to %1 on account “%2”.").arg(feedUrl, current.name)),
                             feed.id);
                        return;
                    }
                    if (error.kind != sync::SyncErrorKind::Login) {
                        // A Google Reader server answers 400 to whatever it could not subscribe
                        // to, most often an address that is not a feed it can read.
                        const QString why = error.httpStatus == 400
                                                ? SubscribeOnAccountMessages::tr("the server could not subscribe to it (HTTP 400), as when the "
                                                                                 "address is not a feed the server can read.")
                                                : error.message;
                        done(Outcome::failed(Failure::Server, SubscribeOnAccountMessages::tr("“%1” could not subscribe to %2; nothing was added: %3")
                                                                  .arg(current.name, feedUrl, why)),
                             {});
                        return;
                    }
                    // Marked before answering, so whoever asks the person to log in again finds the
                    // account marked, and clears the mark after.
                    services.store->post([id = current.id](FeedStore &store) { return store.setAccountLoginNeeded(id, true); }, context,
                                         [current, done](const Status &) {
                                             done(Outcome::failed(Failure::LoginNeeded, SubscribeOnAccountMessages::tr("The server of account “%1” refused its login; nothing was subscribed.")
                                                                                            .arg(current.name)),
                                                  {});
                                         });
                });
        },
        failed);
}

} // namespace

} // namespace freshet::actions
