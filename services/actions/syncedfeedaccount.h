// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "actionservices.h"
#include "feed.h"
#include "outcome.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// A synced feed's account and its password, for an edit on its server (unsubscribe, rename):
/// the account read on the store's thread, the password from the keychain, neither blocking.
/// An account whose server refused its login last time is not asked again (LoginNeeded).
/// Exactly one of ready or failed is called, on context's thread, unless context is gone.
void readSyncedFeedAccount(const ActionServices &services, const Feed &feed, QObject *context,
                           std::function<void(const Account &account, const QString &secret)> ready,
                           std::function<void(const Outcome &failure)> failed);
/// The same for an account itself (subscribing on it), read again from the store so a login
/// refused or renewed since the caller read it counts.
void readAccountLogin(const ActionServices &services, qint64 accountId, QObject *context,
                      std::function<void(const Account &account, const QString &secret)> ready,
                      std::function<void(const Outcome &failure)> failed);

} // namespace freshet::actions
