// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "outcome.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// Subscribes to every usable feed of an OPML file (path, or `-` for standard input), keeping
/// its folders. The file is read with its bound (readOpmlFile) and the feeds written in one
/// transaction, both on the store thread: a file that is too large, unreadable or not OPML
/// imports nothing, and a failure half-way leaves the subscriptions as they were. The message
/// counts what was added, already there and skipped; details says why each skipped entry was.
/// done runs once on context's thread, unless context is gone by then.
void importOpml(const ActionServices &services, const QString &path, QObject *context, std::function<void(const Outcome &)> done);

} // namespace freshet::actions
