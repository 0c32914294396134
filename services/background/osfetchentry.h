// SPDX-License-Identifier: MIT
#pragma once

#include "fetchrun.h"

#include <chrono>
#include <functional>

namespace freshet {

class BackgroundFetch;

/// Where OS callbacks that arrive outside Qt's code — a WorkManager worker thread through JNI,
/// a BGTaskScheduler launch handler — reach the application's one BackgroundFetch. The same
/// perform() the timer and the Debug menu use runs on the fetch's own thread, followed by the
/// fetch's follow-up (the download queue) with what the budget has left (see performGrantedRun).
class OsFetchEntry final
{
public:
    /// The application's fetch; nullptr when it goes away.
    static void install(BackgroundFetch *fetch);

    /// Callable from any thread. done(result) runs on the fetch's thread, exactly once; false
    /// (and no call) when no fetch is installed, so the OS can be told to retry later.
    static bool perform(std::chrono::milliseconds budget, std::function<void(FetchResult)> done);
    /// The OS withdrew the time (iOS expiration handler): the run, or its follow-up, reports
    /// what it has now.
    static void expire();
};

} // namespace freshet
