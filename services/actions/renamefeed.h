// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "feed.h"
#include "outcome.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// Gives a feed a name of its person's choosing, or (an empty title) its own title back. A
/// synced feed is renamed on its account's server first, so other devices and later syncs
/// agree; where the protocol cannot rename (tt-rss) the name is kept on this device and the
/// outcome says so. A reset stays on this device: servers keep no such thing. The name it
/// already shows changes nothing (and pins no name on the feed). done runs once on context's
/// thread, unless context is gone by then.
void renameFeed(const ActionServices &services, const Feed &feed, const QString &title, QObject *context,
                std::function<void(const Outcome &)> done);

} // namespace freshet::actions
