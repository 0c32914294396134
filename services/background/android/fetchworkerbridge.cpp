// SPDX-License-Identifier: MIT
// Android only: FreshetFetchWorker.doWork() (a WorkManager thread) calls in here and waits for
// the same perform() every other trigger uses. Not built on Linux; OsFetchEntry, which does the
// work, is built and tested everywhere.
#include "background/osfetchentry.h"
#include "workrequestspec.h"

#include <QSemaphore>

#include <jni.h>

namespace {

/// The values FreshetFetchWorker.java maps to Result.success() / Result.retry().
constexpr jint workerNewData = 0;
constexpr jint workerNoData = 1;
constexpr jint workerFailed = 2;
constexpr jint workerNotRunning = 3;

} // namespace

extern "C" JNIEXPORT jint JNICALL Java_org_freshet_background_FreshetFetchWorker_nativePerformFetch(JNIEnv *, jclass, jlong budgetMs)
{
    auto finished = std::make_shared<QSemaphore>();
    auto result = std::make_shared<freshet::FetchResult>(freshet::FetchResult::Failed);
    const bool started = freshet::OsFetchEntry::perform(std::chrono::milliseconds(budgetMs), [finished, result](freshet::FetchResult value) {
        *result = value;
        finished->release();
    });
    // WorkManager started the process without the Qt side (no activity yet): ask again later.
    if (!started)
        return workerNotRunning;
    // perform() reports before its deadline; the margin covers a stalled event loop.
    if (!finished->tryAcquire(1, int(budgetMs) + 5000))
        return workerFailed;
    switch (*result) {
    case freshet::FetchResult::NewData: return workerNewData;
    case freshet::FetchResult::NoData: return workerNoData;
    case freshet::FetchResult::Failed: return workerFailed;
    }
    return workerFailed;
}

extern "C" JNIEXPORT void JNICALL Java_org_freshet_background_FreshetFetchWorker_nativeStopFetch(JNIEnv *, jclass)
{
    freshet::OsFetchEntry::expire();
}
