// SPDX-License-Identifier: MIT
#pragma once

#include "actionservices.h"
#include "fetchrun.h"
#include "result.h"
#include "storage/fetchlogrecords.h"

#include <functional>

class QObject;

namespace freshet::actions {

/// The newest limit runs of the fetch log, newest first, each with what happened to every feed
/// in it; or why the log cannot be read, in a sentence. done runs once on context's thread,
/// unless context is gone by then.
void readFetchLog(const ActionServices &services, int limit, QObject *context, std::function<void(const Result<QList<FetchRunSummary>> &)> done);

/// What the runs of the last 24 hours cost together (the fetch log's first line).
void readLastDayCost(const ActionServices &services, QObject *context, std::function<void(const Result<FetchLogRecords::RunTotals> &)> done);

} // namespace freshet::actions
