// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "downloads/download.h"
#include "outcome.h"
#include "result.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// A feed's automatic downloads: whether new enclosures are downloaded, up to which size, and
/// only on unmetered networks or on any. Answers run once on context's thread, unless context
/// is gone by then.
void readFeedDownloadSettings(const ActionServices &services, qint64 feedId, QObject *context,
                              std::function<void(const Result<FeedDownloadSettings> &)> answered);
void saveFeedDownloadSettings(const ActionServices &services, qint64 feedId, const FeedDownloadSettings &settings, QObject *context,
                              std::function<void(const Outcome &)> done);

} // namespace freshet::actions
