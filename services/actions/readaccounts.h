// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "actionservices.h"
#include "result.h"

#include <QList>

#include <functional>
#include <optional>

class QObject;

namespace freshet::actions {

/// Every account (the local one first), with its feeds' and changes' counts and its last sync,
/// read on the store's thread. answered runs once on context's thread, unless context is gone.
void readAccounts(const ActionServices &services, QObject *context, std::function<void(const Result<QList<Account>> &)> answered);
/// The account of that name, or nothing when there is none.
void findAccount(const ActionServices &services, const QString &name, QObject *context,
                 std::function<void(const Result<std::optional<Account>> &)> answered);

} // namespace freshet::actions
