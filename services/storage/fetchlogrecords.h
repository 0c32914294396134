// SPDX-License-Identifier: MIT
#pragma once

#include "fetchrun.h"
#include "result.h"
#include "storeconnection.h"

#include <QDateTime>
#include <QList>

namespace freshet {

/// FeedStore's fetch log: one row per run and one per feed attempted in it
/// (fetchlogrecords.cpp).
class FetchLogRecords : protected virtual StoreConnection
{
public:
    Result<qint64> beginRun(FetchTrigger trigger, qint64 deadlineMs, const QDateTime &startedAt);
    Status finishRun(const FetchRunSummary &summary);
    Status addOutcome(qint64 runId, const FeedOutcomeRecord &outcome);
    Result<QList<FetchRunSummary>> recentRuns(int limit) const;
    /// What the runs started since then cost together: their count, CPU time and bytes.
    struct RunTotals
    {
        int runs = 0;
        qint64 cpuMs = 0;
        qint64 bytes = 0;
    };
    Result<RunTotals> runTotalsSince(const QDateTime &since) const;

protected:
    FetchLogRecords() = default;
    ~FetchLogRecords() = default;
};

} // namespace freshet
