// SPDX-License-Identifier: MIT
#include "osfetchentry.h"

#include "background/backgroundfetch.h"
#include "background/grantedrun.h"

#include <QMutex>
#include <QPointer>

namespace freshet {

namespace {
QMutex entryMutex;
QPointer<BackgroundFetch> installedFetch;

QPointer<BackgroundFetch> currentFetch()
{
    QMutexLocker locker(&entryMutex);
    return installedFetch;
}
} // namespace

void OsFetchEntry::install(BackgroundFetch *fetch)
{
    QMutexLocker locker(&entryMutex);
    installedFetch = fetch;
}

bool OsFetchEntry::perform(std::chrono::milliseconds budget, std::function<void(FetchResult)> done)
{
    const QPointer<BackgroundFetch> fetch = currentFetch();
    if (!fetch)
        return false;
    QMetaObject::invokeMethod(
        fetch.data(),
        [fetch, budget, done = std::move(done)] {
            if (!fetch) {
                done(FetchResult::Failed);
                return;
            }
            // The refresh, then the downloads with what is left, as a headless background run does.
            performGrantedRun(fetch.data(), FetchTrigger::Os, budget, {}, fetch.data(),
                              [done](const FetchRunSummary &summary, const FollowUpReport &) { done(summary.result); });
        },
        Qt::QueuedConnection);
    return true;
}

void OsFetchEntry::expire()
{
    const QPointer<BackgroundFetch> fetch = currentFetch();
    if (!fetch)
        return;
    QMetaObject::invokeMethod(
        fetch.data(),
        [fetch] {
            if (!fetch)
                return;
            fetch->expire();
            if (RefreshFollowUp *followUp = fetch->followUp())
                followUp->cutShort();
        },
        Qt::QueuedConnection);
}

} // namespace freshet
