// SPDX-License-Identifier: MIT
#include "syncaccounts.h"

#include "commandsupport.h"

namespace freshet {

std::optional<Account> findSyncAccountOrReport(CommandContext &context, FeedStore &store, const QString &name)
{
    Result<std::optional<Account>> found = store.accountByName(name);
    if (!found) {
        reportFailure(context, found.error());
        return std::nullopt;
    }
    if (!found.value() || found.value()->isLocal()) {
        reportFailure(context, found.value() ? Cli::tr("“%1” is the account of feeds on this device; it has no server.").arg(name)
                                             : Cli::tr("There is no account named “%1”.").arg(name));
        return std::nullopt;
    }
    return found.value();
}

QString refusedLoginMessage(const QString &accountName)
{
    return Cli::tr("The server of account “%1” refused its login last time. Log in again with: freshet account login %1").arg(accountName);
}

} // namespace freshet
