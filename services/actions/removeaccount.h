// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "actionservices.h"
#include "outcome.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// Removes a sync account from this device, with its feeds and articles, then its password from
/// the keychain (a password left behind is a warning: the account is gone either way). Nothing
/// changes on the server. done runs once on context's thread, unless context is gone by then.
void removeAccount(const ActionServices &services, const Account &account, QObject *context, std::function<void(const Outcome &)> done);

} // namespace freshet::actions
