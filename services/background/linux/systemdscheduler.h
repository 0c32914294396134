// SPDX-License-Identifier: MIT
#pragma once

#include "background/backgroundscheduler.h"

namespace freshet {

/// Linux: a systemd user timer. Needs a systemd user session (`systemctl --user`); without
/// one, apply() says so and leaves nothing behind.
class SystemdScheduler final : public BackgroundScheduler
{
public:
    explicit SystemdScheduler(SchedulerLaunch launch);

    QString name() const override;
    Status apply(const BackgroundSchedule &schedule) override;
    SchedulerState state() const override;

private:
    Status install(const BackgroundSchedule &schedule);
    Status remove();

    SchedulerLaunch m_launch;
};

} // namespace freshet
