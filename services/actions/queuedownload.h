// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "outcome.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// Queues the item's enclosure for download (or says where it already is): the download
/// starts when the queue allows. done runs once on context's thread, unless context is gone.
void queueDownload(const ActionServices &services, qint64 itemId, QObject *context, std::function<void(const Outcome &)> done);
/// Queues what the feeds that download automatically published since the last time; changed
/// says how many.
void queueAutomaticDownloads(const ActionServices &services, QObject *context, std::function<void(const Outcome &)> done);

} // namespace freshet::actions
