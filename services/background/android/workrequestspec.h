// SPDX-License-Identifier: MIT
#pragma once

#include "background/backgroundschedule.h"

#include <chrono>

namespace freshet {

/// What Freshet asks WorkManager for: the shared schedule in WorkManager's terms. Kept apart
/// from the JNI code so it is built and tested on every platform.
struct WorkRequestSpec
{
    bool enabled = false;
    std::chrono::minutes repeat{15};
    bool unmeteredOnly = false;
    /// The budget a worker gives perform(): iOS's 30 s, well inside WorkManager's 10 minutes.
    std::chrono::milliseconds budget{30000};
};

/// WorkManager refuses periodic work more often than every 15 minutes.
constexpr std::chrono::minutes workManagerMinimumRepeat{15};

/// The unique work name, shared with resources/android (FreshetScheduler.java).
constexpr const char *androidUniqueWorkName = "freshet-fetch";

WorkRequestSpec androidWorkRequest(const BackgroundSchedule &schedule);

} // namespace freshet
