// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "feed.h"
#include "outcome.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// Unsubscribes from a feed and deletes its items. A synced feed is unsubscribed on its
/// account's server first: one removed only here would come back with the next sync, so when
/// the server refuses, nothing is removed. A local feed's password or token leaves the keychain
/// once the feed is gone; if the keychain fails, the feed stays removed and the outcome carries
/// a warning. done runs once on context's thread, unless context is gone by then.
void removeFeed(const ActionServices &services, const Feed &feed, QObject *context, std::function<void(const Outcome &)> done);

} // namespace freshet::actions
