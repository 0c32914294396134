// SPDX-License-Identifier: MIT
#include "readaccounts.h"

#include "storage/storethread.h"

namespace freshet::actions {

void readAccounts(const ActionServices &services, QObject *context, std::function<void(const Result<QList<Account>> &)> answered)
{
    services.store->post([](FeedStore &store) { return store.accounts(); }, context, std::move(answered));
}

void findAccount(const ActionServices &services, const QString &name, QObject *context,
                 std::function<void(const Result<std::optional<Account>> &)> answered)
{
    services.store->post([name](FeedStore &store) { return store.accountByName(name); }, context, std::move(answered));
}

} // namespace freshet::actions
