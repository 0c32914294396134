// SPDX-License-Identifier: MIT
// freshet schedule: how often Freshet refreshes on its own, and whether the OS runs it while
// it is closed; the same settings the Settings dialog changes.
#include "actions/applyschedule.h"
#include "awaitanswer.h"
#include "background/adaptiveinterval.h"
#include "background/backgroundscheduler.h"
#include "background/refreshpolicy.h"
#include "commandsupport.h"

#include <QJsonObject>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareSchedule(QCommandLineParser &parser)
{
    parser.addOption({u"interval"_s, Cli::tr("How often: never, minimum, or seconds (900), minutes (15m) or hours (2h)."), Cli::tr("INTERVAL")});
    parser.addOption({u"while-closed"_s, Cli::tr("Let the OS refresh while Freshet is closed: on or off."), Cli::tr("on|off")});
    parser.addOption({u"skip-metered"_s, Cli::tr("Wait for a network that is not metered: on or off."), Cli::tr("on|off")});
    parser.addOption({u"json"_s, Cli::tr("Print the schedule as JSON.")});
}

SchedulerLaunch launchFor(const Profile &profile)
{
    return {QCoreApplication::applicationFilePath(), profile.dataDir(), profile.isChosen()};
}

int runSchedule(CommandContext &context, const QCommandLineParser &parser)
{
    if (!checkArgumentCount(context, 0, 0))
        return ExitUsageOrInput;
    if (Status exists = context.profile.ensureExists(); !exists)
        return reportFailure(context, exists.error());
    QSettings settings(context.profile.settingsPath(), QSettings::IniFormat);
    const BackgroundSchedule previous = loadBackgroundSchedule(settings);
    BackgroundSchedule schedule = previous;
    if (parser.isSet(u"interval"_s) && !parseScheduleInterval(parser.value(u"interval"_s), &schedule))
        return reportFailure(context, Cli::tr("--interval takes never, minimum, or a duration such as 900, 15m or 2h (up to 7 days)."));
    if (schedule.mode == BackgroundSchedule::Mode::Every && schedule.every < std::chrono::seconds(minimumRefreshSeconds)) {
        // Stored as asked, the settings would claim an interval no run keeps.
        schedule.every = std::chrono::seconds(minimumRefreshSeconds);
        context.err << "freshet: " << Cli::tr("The interval was raised to the %1-minute minimum.").arg(minimumRefreshSeconds / 60) << Qt::endl;
    }
    for (const auto &[option, field] : {std::pair{u"while-closed"_s, &BackgroundSchedule::whileClosed},
                                        std::pair{u"skip-metered"_s, &BackgroundSchedule::skipOnMetered}}) {
        if (!parser.isSet(option))
            continue;
        const std::optional<bool> value = onOff(parser.value(option));
        if (!value)
            return reportFailure(context, Cli::tr("--%1 takes on or off.").arg(option));
        schedule.*field = *value;
    }

    const std::unique_ptr<BackgroundScheduler> osScheduler = createOsScheduler(launchFor(context.profile));
    const bool changed = parser.isSet(u"interval"_s) || parser.isSet(u"while-closed"_s) || parser.isSet(u"skip-metered"_s);
    if (changed) {
        // The OS first: the settings claim only what the OS will do.
        using Applied = std::pair<actions::Outcome, BackgroundSchedule>;
        const Applied applied = awaitAnswer(Applied{actions::Outcome::failed(actions::Failure::System, {}), previous},
                                            [&](QObject *waiting, std::function<void(const Applied &)> answer) {
                                                actions::applySchedule(osScheduler.get(), schedule, previous, waiting,
                                                                       [answer](const actions::Outcome &outcome, const BackgroundSchedule &toKeep) {
                                                                           answer({outcome, toKeep});
                                                                       });
                                            });
        saveBackgroundSchedule(settings, applied.second);
        settings.sync();
        if (settings.status() != QSettings::NoError)
            return reportFailure(context, Cli::tr("Cannot write %1.").arg(context.profile.settingsPath()));
        if (!applied.first.succeeded())
            return reportFailure(context, applied.first.message);
    }

    std::unique_ptr<FeedStore> store = openStoreOrReport(context);
    if (!store)
        return ExitUsageOrInput;
    const Result<QList<FetchRunSummary>> runs = store->recentRuns(20);
    if (!runs)
        return reportFailure(context, runs.error());
    const AdaptiveInterval adaptive = adaptInterval(schedule.interval(), runs.value());
    const QDateTime lastRun = runs.value().isEmpty() ? QDateTime() : runs.value().constFirst().finishedAt;
    const SchedulerState state = osScheduler->state();
    const QDateTime next = osScheduler->nextExpectedRun(lastRun, schedule);

    if (parser.isSet(u"json"_s)) {
        printJson(context, QJsonDocument(QJsonObject{
                               {u"mode"_s, schedule.isNever()                                   ? u"never"_s
                                           : schedule.mode == BackgroundSchedule::Mode::Minimum ? u"minimum"_s
                                                                                                : u"every"_s},
                               {u"intervalSeconds"_s, qint64(schedule.interval().count())},
                               {u"effectiveSeconds"_s, qint64(adaptive.effective.count())},
                               {u"quietRuns"_s, adaptive.quietRuns},
                               {u"whileClosed"_s, schedule.whileClosed},
                               {u"skipOnMetered"_s, schedule.skipOnMetered},
                               {u"backend"_s, osScheduler->name()},
                               {u"registered"_s, state.registered},
                               {u"registration"_s, state.description},
                               {u"lastRun"_s, jsonTime(lastRun)},
                               {u"nextExpectedRun"_s, jsonTime(next)},
                           }));
        return ExitOk;
    }
    context.out << Cli::tr("Refresh: %1").arg(schedule.describe()) << '\n';
    if (!schedule.isNever())
        context.out << Cli::tr("Effective interval: %1").arg(adaptive.describe()) << '\n';
    context.out << describeWhileClosed(schedule.whileClosed, state) << '\n'
                << Cli::tr("Skip metered networks: %1").arg(schedule.skipOnMetered ? Cli::tr("on") : Cli::tr("off")) << '\n'
                << Cli::tr("Last run: %1").arg(humanTime(lastRun)) << '\n';
    if (next.isValid())
        context.out << Cli::tr("Next run expected: %1").arg(humanTime(next)) << '\n';
    context.out.flush();
    return ExitOk;
}

} // namespace

Command scheduleCommand()
{
    return {"schedule", QT_TRANSLATE_NOOP("freshet::Cli", "Show or change how often Freshet refreshes, also while it is closed."),
            "", declareSchedule, runSchedule};
}

} // namespace freshet
