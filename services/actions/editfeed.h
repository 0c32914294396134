// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "feed.h"
#include "outcome.h"
#include "storage/feedrecords.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// Edit Feed: a feed of this device takes its new address, name, folder and interval at once
/// (FeedRecords::editFeed). A sync account's feed can only be renamed (renameFeed, on its
/// server); the rest is its server's. done runs once on context's thread, unless context is
/// gone by then.
void editFeed(const ActionServices &services, const Feed &feed, const FeedEdit &edit, QObject *context,
              std::function<void(const Outcome &)> done);

} // namespace freshet::actions
