// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "actionservices.h"
#include "outcome.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// Logs in to a sync account again, with the password its person typed after the server
/// refused the stored one: the server is asked first (a refused password changes nothing), then
/// the password replaces the old one in the keychain and the account may sync again. done runs
/// once on context's thread, unless context is gone by then.
void logInToAccount(const ActionServices &services, const Account &account, const QString &secret, QObject *context,
                    std::function<void(const Outcome &)> done);

} // namespace freshet::actions
