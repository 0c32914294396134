// SPDX-License-Identifier: MIT
#pragma once

#include "fetchrun.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>

namespace freshet::actions {

/// The words a fetch run is told in, the same wherever a person reads them: `freshet fetch`,
/// `notify` and `sync`, Simulate Background Fetch's report, `freshet log` and the Fetch Log
/// dialog. JSON keeps the machine names of models/fetchrun.h.
class FetchReport final
{
    Q_DECLARE_TR_FUNCTIONS(freshet::FetchReport)

public:
    /// "New data", "No new data", "Failed", or "Did not finish" for a run the log holds that
    /// never ended (its process was killed).
    static QString result(const FetchRunSummary &run);
    /// What a run did, in lines: its result; new and updated items; the feeds' counts; what it
    /// received and how long it took against its budget; each account's message and each feed
    /// its server asked to wait; a deadline reached. The run's error (FetchRunSummary::error)
    /// is not in it: each caller shows that where errors go.
    static QString summary(const FetchRunSummary &run);
    /// "5 attempted, 2 updated, 1 not modified, 1 failed, 1 skipped": the feeds of a run.
    static QString feedCounts(const FetchRunSummary &run);
    /// "3 new items"
    static QString newItems(int count);
    /// A log's short note that the run stopped at its deadline.
    static QString deadlineReached();
    static QString milliseconds(qint64 ms);
    /// A run's or a feed's time for people: seconds with one decimal, in the locale ("0,4 s").
    static QString duration(qint64 ms);
    /// CPU time as a person reads it: "12 ms", "1.4 s".
    static QString cpuTime(qint64 ms);
    /// What a run (or runs) cost: "12 ms CPU, 120 KB".
    static QString cost(qint64 cpuMs, qint64 bytes);
    /// "Refreshes in the last 24 hours: 48 runs, 3.1 s CPU, 2.4 MB."
    static QString lastDay(int runs, qint64 cpuMs, qint64 bytes);
    /// Who asked for a run and what came of a feed, in words (the log's keys are for scripts).
    static QString trigger(FetchTrigger trigger);
    static QString outcome(FeedOutcome outcome);
    /// How often the scheduler refreshes, stretched by quiet runs ("Background refresh: every
    /// 2 h: …"), or that it is off (interval 0). recentRuns newest first.
    static QString backgroundRefresh(std::chrono::seconds interval, const QList<FetchRunSummary> &recentRuns);
};

} // namespace freshet::actions
