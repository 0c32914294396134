// SPDX-License-Identifier: MIT
#include "backgroundrun.h"

#include "background/adaptiveinterval.h"
#include "background/backgroundschedule.h"
#include "background/reachability.h"
#include "downloads/backgrounddownloads.h"
#include "downloads/downloadmanager.h"
#include "downloads/downloadsfolder.h"
#include "instance/instanceclient.h"
#include "notify/desktopnotifier.h"
#include "notify/newitemsnotice.h"
#include "storage/storethread.h"

#include "background/readretention.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QSettings>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

class BackgroundRunMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::BackgroundRunMessages)
};

Result<FetchRunSummary> runHere(StoreThread &store, const Profile &profile, const BackgroundRunRequest &request)
{
    BackgroundFetch fetch(&store, request.limits);
    fetch.setRunLock(profile.fetchLockPath());
    fetch.setReadRetentionDays(loadReadRetentionDays(QSettings(profile.settingsPath(), QSettings::IniFormat)));
    FetchRunSummary summary;
    QObject::connect(&fetch, &BackgroundFetch::completed, &fetch, [&summary](const FetchRunSummary &result) {
        summary = result;
        QCoreApplication::quit();
    });
    QTimer::singleShot(0, &fetch, [&fetch, &request] { fetch.perform(request.trigger, request.budget, request.scope); });
    QCoreApplication::exec();
    return Result<FetchRunSummary>::success(summary);
}

/// The OS timer fires at the chosen interval; when quiet runs have stretched it (as iOS wakes
/// an app less often), the launches in between end here without touching the network.
QString adaptiveSkipReason(const Profile &profile)
{
    const BackgroundSchedule schedule = loadBackgroundSchedule(QSettings(profile.settingsPath(), QSettings::IniFormat));
    if (schedule.isNever())
        return {};
    Result<std::unique_ptr<FeedStore>> store = FeedStore::open(profile.databasePath(), u"freshet-adaptive"_s);
    if (!store)
        return {};
    const Result<QList<FetchRunSummary>> runs = store.value()->recentRuns(20);
    if (!runs)
        return {};
    const AdaptiveInterval interval = adaptInterval(schedule.interval(), runs.value());
    if (interval.factor <= 1)
        return {};
    const QDateTime lastScheduled = interval.lastScheduledStart;
    // Half an interval of slack: the OS timer's own jitter must not turn a due run into a skip.
    const QDateTime next = lastScheduled.addSecs(interval.effective.count() - interval.base.count() / 2);
    if (!lastScheduled.isValid() || QDateTime::currentDateTimeUtc() >= next)
        return {};
    return BackgroundRunMessages::tr("Not fetching yet: the background interval is %1; the next run is due after %2.")
        .arg(interval.describe(), QLocale().toString(next.toLocalTime(), QLocale::ShortFormat));
}

/// What the OS budget has left after the refresh goes to the download queue; whatever is
/// not finished at the deadline keeps its .part and continues next time.
void runDownloadsHere(StoreThread &store, const Profile &profile, std::chrono::milliseconds left, BackgroundRunOutcome &outcome)
{
    // Room to write the last records and exit before the OS's own deadline.
    const qint64 usable = left.count() - 1000;
    if (usable <= 0)
        return;
    DownloadManager manager(&store, downloadsFolder(profile));
    if (Status opened = manager.open(); !opened) {
        outcome.warnings << opened.error();
        return;
    }
    BackgroundDownloads step(&manager);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&step, &BackgroundDownloads::finished, &loop, [&](int completed, int stillQueued) {
        outcome.downloadsCompleted = completed;
        outcome.downloadsLeft = stillQueued;
        finished = true;
        loop.quit();
    });
    step.run(QDeadlineTimer(usable), [] { return SystemReachability().isMetered(); });
    // An empty queue reports from inside run(), before a loop could be quit.
    if (!finished)
        loop.exec();
}

} // namespace

Result<BackgroundRunOutcome> runBackground(const Profile &profile, const BackgroundRunRequest &request)
{
    BackgroundRunOutcome outcome;
    if (request.background) {
        InstanceRequest handOff;
        handOff.trigger = request.trigger;
        handOff.budget = request.budget;
        handOff.scope = request.scope;
        const InstanceClient::Answer answer = InstanceClient::requestFetch(instanceServerName(profile), handOff);
        if (answer.kind == InstanceClient::Answer::Kind::Answered) {
            outcome.summary = answer.summary;
            outcome.handedOff = true;
            outcome.downloadsCompleted = answer.followUp.downloadsCompleted;
            outcome.downloadsLeft = answer.followUp.downloadsLeft;
            return Result<BackgroundRunOutcome>::success(outcome);
        }
        if (answer.kind == InstanceClient::Answer::Kind::Lost)
            outcome.warnings << BackgroundRunMessages::tr("The Freshet window stopped answering; fetched here instead.");
    }
    if (request.trigger == FetchTrigger::Os) {
        outcome.adaptiveSkip = adaptiveSkipReason(profile);
        if (!outcome.adaptiveSkip.isEmpty()) {
            outcome.summary.trigger = FetchTrigger::Os;
            outcome.summary.result = FetchResult::NoData;
            return Result<BackgroundRunOutcome>::success(outcome);
        }
    }
    // One connection for the refresh and the downloads after it: opening the database again
    // (its schema check, a second WAL) cost every background run a few milliseconds more.
    StoreThread store(profile.databasePath());
    if (Status started = store.start(); !started)
        return Result<BackgroundRunOutcome>::failure(started.error());
    Result<FetchRunSummary> summary = runHere(store, profile, request);
    if (!summary)
        return Result<BackgroundRunOutcome>::failure(summary.error());
    outcome.summary = summary.value();
    if (request.background)
        runDownloadsHere(store, profile, request.budget - std::chrono::milliseconds(outcome.summary.elapsedMs), outcome);
    // A window open on the profile that did not run this (a plain `freshet fetch`, or one that
    // stopped answering) shows what it stored once told, not at its own next refresh.
    if (outcome.summary.attempted > 0)
        InstanceClient::tellStoreChanged(instanceServerName(profile));
    // The window tells people itself (tray); a headless run has only the desktop to tell them.
    if (request.background && outcome.summary.newItems > 0) {
        if (Status shown = postDesktopNotification(u"Freshet"_s, newItemsNotice(outcome.summary)); !shown)
            outcome.warnings << shown.error();
    }
    return Result<BackgroundRunOutcome>::success(outcome);
}

} // namespace freshet
