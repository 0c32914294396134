// SPDX-License-Identifier: MIT
#include "feedloginactions.h"

#include "credentials/credentialstore.h"
#include "storage/storethread.h"

#include <QCoreApplication>

namespace freshet::actions {

namespace {

class FeedLoginMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::FeedLoginMessages)
};

Result<FeedAndLogin> readBoth(FeedStore &store, qint64 feedId)
{
    Result<std::optional<Feed>> feed = store.feedById(feedId);
    if (!feed)
        return Result<FeedAndLogin>::failure(feed.error());
    if (!feed.value())
        return Result<FeedAndLogin>::failure(FeedLoginMessages::tr("That feed is no longer subscribed."));
    Result<FeedLogin> login = store.login(feedId);
    if (!login)
        return Result<FeedAndLogin>::failure(login.error());
    return Result<FeedAndLogin>::success({*feed.value(), login.value()});
}

} // namespace

void readFeedLogin(const ActionServices &services, qint64 feedId, QObject *context, std::function<void(const Result<FeedAndLogin> &)> answered)
{
    services.store->post([feedId](FeedStore &store) { return readBoth(store, feedId); }, context, std::move(answered));
}

void setFeedLogin(const ActionServices &services, const Feed &feed, const LoginGiven &login, QObject *context,
                  std::function<void(const Outcome &)> done)
{
    StoreThread *store = services.store;
    CredentialStore *credentials = services.credentials;
    store->post(
        [id = feed.id](FeedStore &s) { return s.login(id); }, context,
        [store, credentials, feed, login, context, done](const Result<FeedLogin> &stored) {
            if (!stored) {
                done(Outcome::failed(Failure::Storage, stored.error()));
                return;
            }
            credentials->write(stored.value().credentialKey, login.secret, context, [store, feed, login, context, done](const Status &kept) {
                if (!kept) {
                    done(Outcome::failed(Failure::Keychain, kept.error()));
                    return;
                }
                store->post([id = feed.id, login](FeedStore &s) { return s.setLogin(id, login.kind, login.user, login.givenFor); }, context,
                            [feed, done](const Status &noted) {
                                done(noted ? Outcome::done(FeedLoginMessages::tr("Saved the login of %1.").arg(feed.displayTitle()))
                                           : Outcome::failed(Failure::Storage, noted.error()));
                            });
            });
        });
}

void forgetFeedLogin(const ActionServices &services, const Feed &feed, QObject *context, std::function<void(const Outcome &)> done)
{
    StoreThread *store = services.store;
    CredentialStore *credentials = services.credentials;
    store->post([id = feed.id](FeedStore &s) { return s.login(id); }, context,
                [store, credentials, feed, context, done](const Result<FeedLogin> &stored) {
                    if (!stored) {
                        done(Outcome::failed(Failure::Storage, stored.error()));
                        return;
                    }
                    if (!stored.value().isSet()) {
                        done(Outcome::done(FeedLoginMessages::tr("%1 has no login: nothing was changed.").arg(feed.displayTitle())));
                        return;
                    }
                    credentials->remove(stored.value().credentialKey, context, [store, feed, context, done](const Status &removed) {
                        if (!removed) {
                            done(Outcome::failed(Failure::Keychain, removed.error()));
                            return;
                        }
                        store->post([id = feed.id](FeedStore &s) { return s.setLogin(id, LoginKind::None, {}, {}); }, context,
                                    [feed, done](const Status &noted) {
                                        done(noted ? Outcome::done(FeedLoginMessages::tr("Forgot the login of %1.").arg(feed.displayTitle()))
                                                   : Outcome::failed(Failure::Storage, noted.error()));
                                    });
                    });
                });
}

} // namespace freshet::actions
