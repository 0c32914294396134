#include "backgroundrun.h"

#include "instance/instanceclient.h"
#include "notify/desktopnotifier.h"
#include "notify/newitemsnotice.h"
#include "storage/storethread.h"

#include <QCoreApplication>
#include <QTimer>

namespace freshet {

namespace {

class BackgroundRunMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::BackgroundRunMessages)
};

Result<FetchRunSummary> runHere(const Profile &profile, const BackgroundRunRequest &request)
{
    StoreThread store(profile.databasePath());
    if (Status started = store.start(); !started)
        return Result<FetchRunSummary>::failure(started.error());
    BackgroundFetch fetch(&store, request.limits);
    fetch.setRunLock(profile.fetchLockPath());
    FetchRunSummary summary;
    QObject::connect(&fetch, &BackgroundFetch::completed, &fetch, [&summary](const FetchRunSummary &result) {
        summary = result;
        QCoreApplication::quit();
    });
    QTimer::singleShot(0, &fetch, [&fetch, &request] { fetch.perform(request.trigger, request.budget, request.scope); });
    QCoreApplication::exec();
    return Result<FetchRunSummary>::success(summary);
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
            return Result<BackgroundRunOutcome>::success(outcome);
        }
        if (answer.kind == InstanceClient::Answer::Kind::Lost)
            outcome.warnings << BackgroundRunMessages::tr("The Freshet window stopped answering; fetched here instead.");
    }
    Result<FetchRunSummary> summary = runHere(profile, request);
    if (!summary)
        return Result<BackgroundRunOutcome>::failure(summary.error());
    outcome.summary = summary.value();
    // The window tells people itself (tray); a headless run has only the desktop to tell them.
    if (request.background && outcome.summary.newItems > 0) {
        if (Status shown = postDesktopNotification(BackgroundRunMessages::tr("Freshet"), newItemsNotice(outcome.summary)); !shown)
            outcome.warnings << shown.error();
    }
    return Result<BackgroundRunOutcome>::success(outcome);
}

} // namespace freshet
