// SPDX-License-Identifier: MIT
#include "readfetchlog.h"

#include "storage/storethread.h"

#include <QCoreApplication>

namespace freshet::actions {

namespace {

class FetchLogMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::FetchLogMessages)
};

} // namespace

void readFetchLog(const ActionServices &services, int limit, QObject *context, std::function<void(const Result<QList<FetchRunSummary>> &)> done)
{
    services.store->post(
        [limit](FeedStore &store) {
            Result<QList<FetchRunSummary>> runs = store.recentRuns(limit);
            if (!runs)
                return Result<QList<FetchRunSummary>>::failure(FetchLogMessages::tr("The fetch log cannot be read: %1").arg(runs.error()));
            return runs;
        },
        context, std::move(done));
}

void readLastDayCost(const ActionServices &services, QObject *context, std::function<void(const Result<FetchLogRecords::RunTotals> &)> done)
{
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-1);
    services.store->post([since](FeedStore &store) { return store.runTotalsSince(since); }, context, std::move(done));
}

} // namespace freshet::actions
