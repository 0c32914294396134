// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "feed.h"

#include <functional>

class QObject;

namespace freshet {

class CredentialStore;
class StoreThread;

/// A synced feed's account and its password, for an edit on its server (unsubscribe, rename):
/// the account read on the store's thread, the password from the keychain, neither blocking.
/// Exactly one of ready or failed (with a sentence for a person) is called, on context's thread.
void readSyncedFeedAccount(StoreThread *store, CredentialStore *credentials, const Feed &feed, QObject *context,
                           std::function<void(const Account &account, const QString &secret)> ready,
                           std::function<void(const QString &message)> failed);

} // namespace freshet
