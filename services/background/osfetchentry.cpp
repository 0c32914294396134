#include "osfetchentry.h"

#include "background/backgroundfetch.h"

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
    QMetaObject::invokeMethod(fetch.data(), [fetch, budget, done = std::move(done)] {
        if (!fetch) {
            done(FetchResult::Failed);
            return;
        }
        // A run already going is joined: its completion answers this request too.
        QObject::connect(fetch.data(), &BackgroundFetch::completed, fetch.data(),
                         [done](const FetchRunSummary &summary) { done(summary.result); }, Qt::SingleShotConnection);
        fetch->perform(FetchTrigger::Os, budget);
    }, Qt::QueuedConnection);
    return true;
}

void OsFetchEntry::expire()
{
    const QPointer<BackgroundFetch> fetch = currentFetch();
    if (fetch)
        QMetaObject::invokeMethod(fetch.data(), [fetch] { if (fetch) fetch->expire(); }, Qt::QueuedConnection);
}

} // namespace freshet
