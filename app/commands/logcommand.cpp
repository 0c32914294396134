// SPDX-License-Identifier: MIT
// freshet log: the recent fetch runs and what happened to each feed in them.
#include "actionrunner.h"
#include "actions/fetchreport.h"
#include "actions/readfetchlog.h"
#include "background/backgroundschedule.h"
#include "commandsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

using actions::FetchReport;

namespace {

void declareLog(QCommandLineParser &parser)
{
    parser.addOption({u"limit"_s, Cli::tr("The last N runs (default 10)."), u"N"_s, u"10"_s});
    parser.addOption({u"json"_s, Cli::tr("Print JSON.")});
}

QJsonObject runJson(const FetchRunSummary &run)
{
    QJsonArray outcomes;
    for (const FeedOutcomeRecord &outcome : run.outcomes) {
        outcomes << QJsonObject{
            {u"feedUrl"_s, outcome.feedUrl},           {u"outcome"_s, feedOutcomeName(outcome.outcome)},
            {u"httpStatus"_s, outcome.httpStatus},     {u"newItems"_s, outcome.newItems},
            {u"updatedItems"_s, outcome.updatedItems}, {u"bytes"_s, outcome.bytes},
            {u"elapsedMs"_s, outcome.elapsedMs},       {u"message"_s, outcome.message},
        };
    }
    return QJsonObject{
        {u"id"_s, run.runId},
        {u"trigger"_s, fetchTriggerName(run.trigger)},
        {u"started"_s, jsonTime(run.startedAt)},
        {u"finished"_s, jsonTime(run.finishedAt)},
        {u"deadlineMs"_s, run.deadlineMs},
        {u"result"_s, run.finishedAt.isValid() ? fetchResultName(run.result) : QString()},
        {u"attempted"_s, run.attempted},
        {u"updated"_s, run.updated},
        {u"notModified"_s, run.notModified},
        {u"failed"_s, run.failed},
        {u"skipped"_s, run.skipped},
        {u"newItems"_s, run.newItems},
        {u"bytes"_s, run.bytes},
        {u"elapsedMs"_s, run.elapsedMs},
        {u"cpuMs"_s, run.cpuMs},
        {u"deadlineHit"_s, run.deadlineHit},
        {u"feeds"_s, outcomes},
    };
}

int runLog(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 0, 0))
        return ExitUsageOrInput;
    const std::optional<int> limit = wholeNumberOptionOrReport(context, parser, u"limit"_s, 1, maximumListLimit);
    if (!limit)
        return ExitUsageOrInput;
    std::unique_ptr<ActionRunner> runner = ActionRunner::openOrReport(context);
    if (!runner)
        return ExitUsageOrInput;
    using Runs = Result<QList<FetchRunSummary>>;
    const Runs runs = runner->ask<Runs>(Runs::failure(QString()), [&](const actions::ActionServices &services, QObject *waiting,
                                                                      std::function<void(const Runs &)> answer) {
        actions::readFetchLog(services, *limit, waiting, std::move(answer));
    });
    if (!runs)
        return reportFailure(context, runs.error());
    using Totals = Result<FetchLogRecords::RunTotals>;
    const Totals lastDay = runner->ask<Totals>(Totals::failure(QString()), [&](const actions::ActionServices &services, QObject *waiting,
                                                                               std::function<void(const Totals &)> answer) {
        actions::readLastDayCost(services, waiting, std::move(answer));
    });
    if (!lastDay)
        return reportFailure(context, lastDay.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const FetchRunSummary &run : runs.value())
            array << runJson(run);
        printJson(context, QJsonDocument(array));
        return ExitOk;
    }
    // How far quiet runs have stretched the background interval, as the scheduler sees it.
    const BackgroundSchedule schedule = loadBackgroundSchedule(QSettings(context.profile.settingsPath(), QSettings::IniFormat));
    context.out << FetchReport::backgroundRefresh(schedule.interval(), runs.value()) << '\n'
                << FetchReport::lastDay(lastDay.value().runs, lastDay.value().cpuMs, lastDay.value().bytes) << '\n';
    if (runs.value().isEmpty())
        context.out << Cli::tr("No fetch has run yet.") << Qt::endl;
    for (const FetchRunSummary &run : runs.value()) {
        context.out << humanTime(run.startedAt) << "  " << fetchTriggerName(run.trigger) << "  " << FetchReport::result(run) << "  "
                    << FetchReport::feedCounts(run) << "; " << FetchReport::newItems(run.newItems) << "; "
                    << FetchReport::milliseconds(run.elapsedMs) << "; " << FetchReport::cost(run.cpuMs, run.bytes);
        if (run.deadlineHit)
            context.out << "; " << FetchReport::deadlineReached();
        context.out << '\n';
        for (const FeedOutcomeRecord &outcome : run.outcomes) {
            context.out << "    " << feedOutcomeName(outcome.outcome).leftJustified(12) << ' ' << outcome.feedUrl;
            if (outcome.httpStatus)
                context.out << "  HTTP " << outcome.httpStatus;
            if (outcome.newItems)
                context.out << "  +" << outcome.newItems;
            if (!outcome.message.isEmpty())
                context.out << "  " << outcome.message;
            context.out << '\n';
        }
    }
    context.out.flush();
    return ExitOk;
}

} // namespace

Command logCommand()
{
    return {"log", QT_TRANSLATE_NOOP("freshet::Cli", "Show recent fetch runs and each feed's outcome."), "", declareLog, runLog};
}

} // namespace freshet
