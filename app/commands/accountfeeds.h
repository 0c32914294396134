// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"
#include "storage/feedstore.h"

#include <optional>

namespace freshet {

namespace sync {
class SubscriptionEdit;
}

/// A sync account and its password, read from the keychain for one command.
struct AccountLogin
{
    Account account;
    QString secret;
};

/// `freshet add URL --account NAME`: subscribes on the account's server, then syncs it.
int addToAccount(CommandContext &context, const QCommandLineParser &parser);

/// The account called name with its password, or nothing with the reason printed (no such
/// account, its login was refused, the keychain failed).
std::optional<AccountLogin> accountLoginOrReport(CommandContext &context, FeedStore &store, const QString &name);
/// Waits for an edit's answer: a command has nothing else to do meanwhile.
sync::SyncError waitForEdit(sync::SubscriptionEdit *edit);

} // namespace freshet
