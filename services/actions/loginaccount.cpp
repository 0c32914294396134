// SPDX-License-Identifier: MIT
#include "loginaccount.h"

#include "accountlogincheck.h"
#include "credentials/credentialstore.h"
#include "storage/storethread.h"

#include <QCoreApplication>

namespace freshet::actions {

namespace {

class LoginAccountMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::LoginAccountMessages)
};

} // namespace

void logInToAccount(const ActionServices &services, const Account &account, const QString &secret, QObject *context,
                    std::function<void(const Outcome &)> done)
{
    checkAccountLogin(
        account.protocol, QUrl(account.server), account.user, secret, context,
        [services, account, secret, context, done](const std::optional<QString> &refused) {
            if (refused) {
                done(Outcome::failed(Failure::Server, LoginAccountMessages::tr("Could not log in to %1: %2").arg(account.server, *refused)));
                return;
            }
            StoreThread *store = services.store;
            services.credentials->write(account.credentialKey, secret, context, [store, account, context, done](const Status &kept) {
                if (!kept) {
                    done(Outcome::failed(Failure::Keychain, kept.error()));
                    return;
                }
                store->post([id = account.id](FeedStore &s) { return s.setAccountLoginNeeded(id, false); }, context,
                            [account, done](const Status &cleared) {
                                done(cleared ? Outcome::done(LoginAccountMessages::tr("Logged in to account “%1”.").arg(account.name))
                                             : Outcome::failed(Failure::Storage, cleared.error()));
                            });
            });
        });
}

} // namespace freshet::actions
