// SPDX-License-Identifier: MIT
#pragma once

#include "background/backgroundfetch.h"
#include "background/refreshfollowup.h"

#include <functional>

namespace freshet {

/// One run the application is granted from outside — by the OS (OsFetchEntry) or by a headless
/// process handing its run over (HandOffQueue) — the way a headless `freshet fetch
/// --background` does it: refresh through fetch, then spend what is left of the budget on the
/// fetch's follow-up (the download queue), then done(summary, report) once, on context's
/// thread, within the budget. A run already going is joined, as BackgroundFetch::perform does.
/// Call on fetch's thread.
void performGrantedRun(BackgroundFetch *fetch, FetchTrigger trigger, std::chrono::milliseconds budget, const FetchScope &scope,
                       QObject *context, std::function<void(const FetchRunSummary &, const FollowUpReport &)> done);

} // namespace freshet
