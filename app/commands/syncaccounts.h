// SPDX-License-Identifier: MIT
#pragma once

#include "command.h"
#include "storage/feedstore.h"

#include <optional>

namespace freshet {

/// The sync account called name (any case), or nothing with the reason printed: there is none,
/// or it is the local account, which has no server.
std::optional<Account> findSyncAccountOrReport(CommandContext &context, FeedStore &store, const QString &name);
/// What every command says when it will not use an account whose server refused its login.
QString refusedLoginMessage(const QString &accountName);

} // namespace freshet
