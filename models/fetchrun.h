// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace freshet {

/// What a background fetch reports, exactly once, as iOS's completion handler does.
enum class FetchResult { NewData, NoData, Failed };

/// Who asked for a fetch; recorded with every run.
enum class FetchTrigger { Os, Timer, Push, Manual, Simulated, Cli };

/// What happened to one feed in one run.
enum class FeedOutcome {
    Updated,     ///< answered 200 with new or changed items
    NoNewItems,  ///< answered 200, parsed, nothing new
    NotModified, ///< 304, or a body identical to last time: not parsed
    Failed,
    Disabled, ///< retired now (410 Gone)
    Skipped,  ///< not started: no budget left, cancelled at the deadline, or rate-limited
};

QString fetchResultName(FetchResult result);
QString fetchTriggerName(FetchTrigger trigger);
bool parseFetchTrigger(const QString &name, FetchTrigger *trigger);
QString feedOutcomeName(FeedOutcome outcome);

/// One feed's line in the fetch log.
struct FeedOutcomeRecord
{
    qint64 feedId = 0;
    QString feedUrl;
    FeedOutcome outcome = FeedOutcome::Skipped;
    int httpStatus = 0;
    int newItems = 0;
    int updatedItems = 0;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    QString message; ///< the error, or why it was skipped
    /// Skipped without a request: the server's Retry-After was still ahead (message says until
    /// when). Not stored: the fetch log keeps the message.
    bool rateLimited = false;
};

/// The totals of one run, as `freshet fetch` prints them.
struct FetchRunSummary
{
    qint64 runId = 0;
    FetchTrigger trigger = FetchTrigger::Manual;
    FetchResult result = FetchResult::NoData;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 deadlineMs = 0;
    int attempted = 0;
    int updated = 0;
    int notModified = 0;
    int failed = 0;
    int skipped = 0;
    int rateLimited = 0; ///< of the skipped, those whose server asked to wait (Retry-After)
    int newItems = 0;
    int updatedItems = 0;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    qint64 cpuMs = 0; ///< the process's CPU time over the run, every thread's
    /// Transactions the run's answers were written in: each is a write of the WAL and fewer
    /// cost less (BackgroundFetch gathers small ones).
    int storeTransactions = 0;
    bool deadlineHit = false;
    /// Read/star changes made here that the sync accounts' servers do not have yet.
    int pendingChanges = 0;
    /// Why the whole run failed before any feed was asked (the store, or another run holding
    /// the profile); empty otherwise.
    QString error;
    /// Sync accounts whose server refused the stored login: the person must log in again.
    QStringList loginNeeded;
    QList<FeedOutcomeRecord> outcomes;
};

} // namespace freshet
