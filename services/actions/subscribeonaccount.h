// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "actionservices.h"
#include "outcome.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// Subscribes a sync account to a feed on its server, in folder (empty: none), which is where a
/// synced subscription lives: nothing changes on this device until the account's next sync
/// brings the feed and its articles. An account whose server refused its login last time is not
/// asked (LoginNeeded); a login the server refuses now marks the account so, as a sync would,
/// and answers LoginNeeded too. done gets the server's id of the feed when it worked, and runs
/// once on context's thread, unless context is gone by then.
void subscribeOnAccount(const ActionServices &services, const Account &account, const QString &feedUrl, const QString &folder,
                        QObject *context, std::function<void(const Outcome &, const QString &remoteFeedId)> done);

} // namespace freshet::actions
