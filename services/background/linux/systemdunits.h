// SPDX-License-Identifier: MIT
#pragma once

#include "background/backgroundscheduler.h"

#include <QString>

#include <chrono>

namespace freshet {

/// The two user units that make systemd run `freshet fetch --background` every interval,
/// also after a reboot or a login (OnStartupSec catches up, since Persistent= applies to
/// calendar timers only).
struct SystemdUnits
{
    QString serviceName; ///< freshet-fetch.service, or freshet-fetch-<tag>.service per profile
    QString timerName;
    QString service; ///< file contents
    QString timer;
};

SystemdUnits systemdUnits(const SchedulerLaunch &launch, std::chrono::seconds interval);

/// One argument as systemd's ExecStart= reads it: quoted, with its specifiers escaped.
QString systemdQuote(const QString &argument);

/// $XDG_CONFIG_HOME/systemd/user, where `systemctl --user` looks for a person's own units.
QString systemdUserUnitDir();

} // namespace freshet
