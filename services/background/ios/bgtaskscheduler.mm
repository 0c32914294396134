// SPDX-License-Identifier: MIT
// iOS only: BGTaskScheduler with a BGAppRefreshTask, the successor of the seed app's
// performFetchWithCompletionHandler. Not built on Linux; Info.plist (resources/ios) is
// checked everywhere, and OsFetchEntry, which runs the fetch, is built and tested everywhere.
#include "background/backgroundscheduler.h"
#include "background/osfetchentry.h"

#include <QCoreApplication>

#import <BackgroundTasks/BackgroundTasks.h>

namespace freshet {

namespace {

class BgTaskMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::BgTaskMessages)
};

/// Listed under BGTaskSchedulerPermittedIdentifiers in resources/ios/Info.plist.
NSString *const refreshTaskIdentifier = @"org.freshet.refresh";
/// iOS gives an app refresh task about 30 s; leave room to report.
constexpr std::chrono::milliseconds refreshBudget{25000};

BackgroundSchedule currentSchedule;

Status submitRequest(const BackgroundSchedule &schedule)
{
    BGAppRefreshTaskRequest *request = [[BGAppRefreshTaskRequest alloc] initWithIdentifier:refreshTaskIdentifier];
    request.earliestBeginDate = [NSDate dateWithTimeIntervalSinceNow:double(schedule.interval().count())];
    NSError *error = nil;
    if (![[BGTaskScheduler sharedScheduler] submitTaskRequest:request error:&error])
        return Status::failure(BgTaskMessages::tr("iOS refused the background refresh: %1").arg(QString::fromNSString(error.localizedDescription)));
    return Status::success();
}

void handleRefresh(BGAppRefreshTask *task)
{
    // Scheduled first, as Apple asks: the next wake-up does not depend on this one finishing.
    submitRequest(currentSchedule);
    task.expirationHandler = ^{ OsFetchEntry::expire(); };
    const bool started = OsFetchEntry::perform(refreshBudget, [task](FetchResult result) {
        [task setTaskCompletedWithSuccess:result != FetchResult::Failed];
    });
    if (!started)
        [task setTaskCompletedWithSuccess:NO];
}

class BgTaskScheduler final : public BackgroundScheduler
{
public:
    BgTaskScheduler()
    {
        // Registration must happen before the app finishes launching: createOsScheduler is
        // called from main(), before the event loop starts.
        static const bool registered = [] {
            return [[BGTaskScheduler sharedScheduler]
                registerForTaskWithIdentifier:refreshTaskIdentifier
                                   usingQueue:nil
                                launchHandler:^(BGTask *task) { handleRefresh(static_cast<BGAppRefreshTask *>(task)); }];
        }();
        Q_UNUSED(registered);
    }

    QString name() const override { return BgTaskMessages::tr("iOS background app refresh"); }

    Status apply(const BackgroundSchedule &schedule) override
    {
        currentSchedule = schedule;
        if (!schedule.whileClosed || schedule.isNever()) {
            [[BGTaskScheduler sharedScheduler] cancelTaskRequestWithIdentifier:refreshTaskIdentifier];
            return Status::success();
        }
        return submitRequest(schedule);
    }

    SchedulerState state() const override
    {
        SchedulerState state;
        state.registered = currentSchedule.whileClosed && !currentSchedule.isNever();
        state.description = state.registered ? BgTaskMessages::tr("iOS background app refresh (Settings > General > Background App Refresh)")
                                             : BgTaskMessages::tr("no background app refresh requested");
        return state;
    }
};

} // namespace

std::unique_ptr<BackgroundScheduler> createOsScheduler(const SchedulerLaunch &)
{
    return std::make_unique<BgTaskScheduler>();
}

} // namespace freshet
