// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "fetchrun.h"
#include "result.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// The newest limit runs of the fetch log, newest first, each with what happened to every feed
/// in it; or why the log cannot be read, in a sentence. done runs once on context's thread,
/// unless context is gone by then.
void readFetchLog(const ActionServices &services, int limit, QObject *context, std::function<void(const Result<QList<FetchRunSummary>> &)> done);

} // namespace freshet::actions
