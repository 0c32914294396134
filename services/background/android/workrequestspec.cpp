// SPDX-License-Identifier: MIT
#include "workrequestspec.h"

namespace freshet {

WorkRequestSpec androidWorkRequest(const BackgroundSchedule &schedule)
{
    WorkRequestSpec spec;
    spec.enabled = schedule.whileClosed && !schedule.isNever();
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(schedule.interval());
    spec.repeat = std::max(minutes, workManagerMinimumRepeat);
    spec.unmeteredOnly = schedule.skipOnMetered;
    return spec;
}

} // namespace freshet
