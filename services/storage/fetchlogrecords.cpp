// SPDX-License-Identifier: MIT
// FetchLogRecords: one row per run and one per feed attempted in it.
#include "fetchlogrecords.h"

#include "database.h"
#include "sqlrows.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

FeedOutcome outcomeFromName(const QString &name)
{
    for (FeedOutcome outcome : {FeedOutcome::Updated, FeedOutcome::NoNewItems, FeedOutcome::NotModified, FeedOutcome::Failed,
                                FeedOutcome::Disabled, FeedOutcome::Skipped}) {
        if (feedOutcomeName(outcome) == name)
            return outcome;
    }
    return FeedOutcome::Failed;
}

FetchResult resultFromName(const QString &name)
{
    for (FetchResult result : {FetchResult::NewData, FetchResult::NoData, FetchResult::Failed}) {
        if (fetchResultName(result) == name)
            return result;
    }
    return FetchResult::Failed;
}

} // namespace

Result<qint64> FetchLogRecords::beginRun(FetchTrigger trigger, qint64 deadlineMs, const QDateTime &startedAt)
{
    QSqlQuery insert(database());
    insert.prepare(u"INSERT INTO fetch_runs (trigger, started_at, deadline_ms) VALUES (?, ?, ?)"_s);
    insert.addBindValue(fetchTriggerName(trigger));
    insert.addBindValue(startedAt.toMSecsSinceEpoch());
    insert.addBindValue(deadlineMs);
    if (!insert.exec())
        return Result<qint64>::failure(describeSqlError(insert.lastError()));
    return Result<qint64>::success(insert.lastInsertId().toLongLong());
}

Status FetchLogRecords::finishRun(const FetchRunSummary &summary)
{
    // The run's items, written in batches, are searchable once it ends (the last chunk). A
    // failure here keeps them in the backlog for the next writer; the run is recorded anyway.
    const Status indexed = indexSearchBacklog();
    QSqlQuery update(database());
    update.prepare(u"UPDATE fetch_runs SET finished_at = ?, result = ?, attempted = ?, updated = ?, not_modified = ?, "
                   "failed = ?, skipped = ?, new_items = ?, updated_items = ?, bytes = ?, deadline_hit = ?, cpu_ms = ? WHERE id = ?"_s);
    bindValues(update, {timeToSql(summary.finishedAt), QVariant(fetchResultName(summary.result)), QVariant(summary.attempted),
                        QVariant(summary.updated), QVariant(summary.notModified), QVariant(summary.failed),
                        QVariant(summary.skipped), QVariant(summary.newItems), QVariant(summary.updatedItems),
                        QVariant(summary.bytes), QVariant(summary.deadlineHit), QVariant(summary.cpuMs), QVariant(summary.runId)});
    if (!update.exec())
        return Status::failure(describeSqlError(update.lastError()));
    return indexed;
}

Status FetchLogRecords::addOutcome(qint64 runId, const FeedOutcomeRecord &outcome)
{
    if (Status begun = beginAtomic(); !begun)
        return begun;
    const QString outcomeName = feedOutcomeName(outcome.outcome);
    const Status inserted = runBound(u"INSERT INTO fetch_outcomes (run_id, feed_id, feed_url, outcome, http_status, new_items, "
                                     "updated_items, bytes, elapsed_ms, message) VALUES (?,?,?,?,?,?,?,?,?,?)"_s,
                                     [&](auto &&bind) {
                                         bind(1, runId);
                                         bind(2, nullableValue(outcome.feedId));
                                         bind(3, outcome.feedUrl);
                                         bind(4, outcomeName);
                                         bind(5, nullableValue(outcome.httpStatus));
                                         bind(6, qint64(outcome.newItems));
                                         bind(7, qint64(outcome.updatedItems));
                                         bind(8, qint64(outcome.bytes));
                                         bind(9, qint64(outcome.elapsedMs));
                                         bind(10, outcome.message);
                                     });
    if (!inserted) {
        rollbackAtomic(inserted.error());
        return inserted;
    }
    return commitAtomic();
}

Result<QList<FetchRunSummary>> FetchLogRecords::recentRuns(int limit) const
{
    QSqlQuery runs(database());
    runs.prepare(u"SELECT id, trigger, started_at, finished_at, deadline_ms, result, attempted, updated, not_modified, "
                 "failed, skipped, new_items, updated_items, bytes, deadline_hit, cpu_ms FROM fetch_runs ORDER BY id DESC LIMIT ?"_s);
    runs.addBindValue(limit);
    if (!runs.exec())
        return Result<QList<FetchRunSummary>>::failure(describeSqlError(runs.lastError()));
    QList<FetchRunSummary> summaries;
    const Status readRuns = forEachRow(runs, [&] {
        FetchRunSummary run;
        int c = 0;
        run.runId = runs.value(c++).toLongLong();
        parseFetchTrigger(runs.value(c++).toString(), &run.trigger);
        run.startedAt = timeFromSql(runs.value(c++));
        run.finishedAt = timeFromSql(runs.value(c++));
        run.deadlineMs = runs.value(c++).toLongLong();
        run.result = resultFromName(runs.value(c++).toString());
        run.attempted = runs.value(c++).toInt();
        run.updated = runs.value(c++).toInt();
        run.notModified = runs.value(c++).toInt();
        run.failed = runs.value(c++).toInt();
        run.skipped = runs.value(c++).toInt();
        run.newItems = runs.value(c++).toInt();
        run.updatedItems = runs.value(c++).toInt();
        run.bytes = runs.value(c++).toLongLong();
        run.deadlineHit = runs.value(c++).toBool();
        run.cpuMs = runs.value(c++).toLongLong();
        if (run.finishedAt.isValid())
            run.elapsedMs = run.startedAt.msecsTo(run.finishedAt);
        summaries << run;
    });
    if (!readRuns)
        return Result<QList<FetchRunSummary>>::failure(readRuns.error());

    QSqlQuery outcomes(database());
    outcomes.prepare(u"SELECT feed_id, feed_url, outcome, http_status, new_items, updated_items, bytes, elapsed_ms, message "
                     "FROM fetch_outcomes WHERE run_id = ? ORDER BY id"_s);
    for (FetchRunSummary &run : summaries) {
        outcomes.addBindValue(run.runId);
        if (!outcomes.exec())
            return Result<QList<FetchRunSummary>>::failure(describeSqlError(outcomes.lastError()));
        const Status readOutcomes = forEachRow(outcomes, [&] {
            FeedOutcomeRecord record;
            int c = 0;
            record.feedId = outcomes.value(c++).toLongLong();
            record.feedUrl = outcomes.value(c++).toString();
            record.outcome = outcomeFromName(outcomes.value(c++).toString());
            record.httpStatus = outcomes.value(c++).toInt();
            record.newItems = outcomes.value(c++).toInt();
            record.updatedItems = outcomes.value(c++).toInt();
            record.bytes = outcomes.value(c++).toLongLong();
            record.elapsedMs = outcomes.value(c++).toLongLong();
            record.message = outcomes.value(c++).toString();
            run.outcomes << record;
        });
        if (!readOutcomes)
            return Result<QList<FetchRunSummary>>::failure(readOutcomes.error());
    }
    return Result<QList<FetchRunSummary>>::success(std::move(summaries));
}

Result<FetchLogRecords::RunTotals> FetchLogRecords::runTotalsSince(const QDateTime &since) const
{
    QSqlQuery totals(database());
    totals.prepare(u"SELECT COUNT(*), COALESCE(SUM(cpu_ms), 0), COALESCE(SUM(bytes), 0) FROM fetch_runs WHERE started_at >= ?"_s);
    totals.addBindValue(since.toMSecsSinceEpoch());
    if (!totals.exec() || !totals.next())
        return Result<RunTotals>::failure(describeSqlError(totals.lastError()));
    return Result<RunTotals>::success({totals.value(0).toInt(), totals.value(1).toLongLong(), totals.value(2).toLongLong()});
}

} // namespace freshet
