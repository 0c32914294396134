// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "outcome.h"
#include "result.h"

#include <QByteArray>

#include <functional>

class QObject;

namespace freshet {
class FeedStore;
}

namespace freshet::actions {

/// Every subscription as an OPML document, with its folders; call it on the store's thread.
/// feedCount, when given, is set to the number of feeds in it.
Result<QByteArray> subscriptionsOpml(FeedStore &store, int *feedCount = nullptr);

/// Writes every subscription to an OPML file at path (writeOpmlFile: a regular file or a new
/// path, never a device or a pipe), on the store thread. done runs once on context's thread,
/// unless context is gone by then.
void exportOpml(const ActionServices &services, const QString &path, QObject *context, std::function<void(const Outcome &)> done);

} // namespace freshet::actions
