// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "feed.h"
#include "result.h"

#include <functional>
#include <optional>

class QObject;

namespace freshet::actions {

/// The feed a sync brought for the account's subscription remoteFeedId (the server's id), or
/// nothing while no sync has brought it yet. answered runs once on context's thread, unless
/// context is gone by then.
void findSyncedFeed(const ActionServices &services, qint64 accountId, const QString &remoteFeedId, QObject *context,
                    std::function<void(const Result<std::optional<Feed>> &)> answered);

} // namespace freshet::actions
