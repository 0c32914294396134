// SPDX-License-Identifier: MIT
#include "background/backgroundscheduler.h"
#include "systemdscheduler.h"

namespace freshet {

std::unique_ptr<BackgroundScheduler> createOsScheduler(const SchedulerLaunch &launch)
{
    return std::make_unique<SystemdScheduler>(launch);
}

} // namespace freshet
