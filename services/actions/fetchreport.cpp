// SPDX-License-Identifier: MIT
#include "fetchreport.h"

#include "background/adaptiveinterval.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace freshet::actions {

QString FetchReport::result(const FetchRunSummary &run)
{
    // A run row is written when the run starts; only its end stamps finishedAt.
    if (run.runId != 0 && !run.finishedAt.isValid())
        return tr("Did not finish");
    switch (run.result) {
    case FetchResult::NewData: return tr("New data");
    case FetchResult::NoData: return tr("No new data");
    case FetchResult::Failed: return tr("Failed");
    }
    return {};
}

QString FetchReport::feedCounts(const FetchRunSummary &run)
{
    return tr("%1 attempted, %2 updated, %3 not modified, %4 failed, %5 skipped")
        .arg(run.attempted)
        .arg(run.updated)
        .arg(run.notModified)
        .arg(run.failed)
        .arg(run.skipped);
}

QString FetchReport::summary(const FetchRunSummary &run)
{
    const QLocale locale;
    QStringList lines;
    lines << tr("Result: %1").arg(result(run));
    lines << newItems(run.newItems) + u", "_s + tr("%n updated item(s)", nullptr, run.updatedItems);
    // An account's sync counts in the run's totals but has a line of its own below: the
    // feeds line counts feeds only, and a run that only synced has none.
    FetchRunSummary feeds = run;
    for (const FeedOutcomeRecord &record : run.outcomes) {
        if (record.feedId != 0)
            continue;
        --feeds.attempted;
        if (record.outcome == FeedOutcome::Failed)
            --feeds.failed;
        else if (record.outcome == FeedOutcome::Updated)
            --feeds.updated;
    }
    const bool onlySyncs = feeds.attempted <= 0 && feeds.attempted != run.attempted;
    if (!onlySyncs)
        lines << tr("Feeds: %1").arg(feedCounts(feeds));
    const QString elapsed = locale.toString(double(run.elapsedMs) / 1000.0, 'f', 1);
    const QString budget = locale.toString(run.deadlineMs / 1000);
    const QString cpu = cpuTime(run.cpuMs);
    if (onlySyncs && run.bytes == 0) // a sync's own bytes are not counted: no "Received 0 bytes"
        lines << (run.deadlineMs > 0 ? tr("Took %1 s of the %2 s budget, using %3 of CPU.").arg(elapsed, budget, cpu)
                                     : tr("Took %1 s, using %2 of CPU.").arg(elapsed, cpu));
    else
        lines << (run.deadlineMs > 0
                      ? tr("Received %1 in %2 s of the %3 s budget, using %4 of CPU.").arg(locale.formattedDataSize(run.bytes), elapsed, budget, cpu)
                      : tr("Received %1 in %2 s, using %3 of CPU.").arg(locale.formattedDataSize(run.bytes), elapsed, cpu));
    for (const FeedOutcomeRecord &record : run.outcomes) {
        // feedId 0 is an account's sync: its message says what came down or why nothing did.
        if (record.feedId == 0 && !record.message.isEmpty())
            lines << record.message;
        else if (record.rateLimited)
            lines << tr("Skipped %1: %2").arg(record.feedUrl, record.message);
    }
    if (run.deadlineHit)
        lines << tr("The deadline was reached; unfinished feeds will be fetched next time.");
    return lines.join(u'\n');
}

QString FetchReport::newItems(int count)
{
    return tr("%n new item(s)", nullptr, count);
}

QString FetchReport::deadlineReached()
{
    return tr("deadline reached");
}

QString FetchReport::milliseconds(qint64 ms)
{
    return tr("%1 ms").arg(ms);
}

QString FetchReport::duration(qint64 ms)
{
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString FetchReport::trigger(FetchTrigger trigger)
{
    switch (trigger) {
    case FetchTrigger::Os: return tr("System", "fetch trigger: the operating system's background task");
    case FetchTrigger::Timer: return tr("Timer", "fetch trigger: Freshet's own schedule while it runs");
    case FetchTrigger::Push: return tr("Push", "fetch trigger: a push notification");
    case FetchTrigger::Manual: return tr("Manual", "fetch trigger: Refresh All");
    case FetchTrigger::Simulated: return tr("Simulated", "fetch trigger: Debug > Simulate Background Fetch");
    case FetchTrigger::Cli: return tr("Command line", "fetch trigger: freshet fetch");
    }
    return {};
}

QString FetchReport::outcome(FeedOutcome outcome)
{
    switch (outcome) {
    case FeedOutcome::Updated: return tr("Updated");
    case FeedOutcome::NoNewItems: return tr("Nothing new");
    case FeedOutcome::NotModified: return tr("Not modified");
    case FeedOutcome::Failed: return tr("Failed", "a feed's outcome");
    case FeedOutcome::Disabled: return tr("Retired", "a feed's outcome: never fetched again (410 Gone)");
    case FeedOutcome::Skipped: return tr("Skipped");
    }
    return {};
}

QString FetchReport::cpuTime(qint64 ms)
{
    // A quiet run costs milliseconds: "0.0 s" would say nothing.
    return ms < 1000 ? milliseconds(ms) : duration(ms);
}

QString FetchReport::cost(qint64 cpuMs, qint64 bytes)
{
    return tr("%1 CPU, %2").arg(cpuTime(cpuMs), QLocale().formattedDataSize(bytes));
}

QString FetchReport::lastDay(int runs, qint64 cpuMs, qint64 bytes)
{
    // What refreshing cost over a day, the figure a battery feels.
    return tr("Refreshes in the last 24 hours: %n run(s), %1.", nullptr, runs).arg(cost(cpuMs, bytes));
}

QString FetchReport::backgroundRefresh(std::chrono::seconds interval, const QList<FetchRunSummary> &recentRuns)
{
    if (interval.count() <= 0)
        return tr("Background refresh is off.");
    return tr("Background refresh: %1").arg(adaptInterval(interval, recentRuns).describe());
}

} // namespace freshet::actions
