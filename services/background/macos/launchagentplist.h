// SPDX-License-Identifier: MIT
#pragma once

#include "background/backgroundscheduler.h"

#include <QByteArray>
#include <QString>

#include <chrono>

namespace freshet {

/// org.freshet.fetch (with the profile's tag for other profiles): the launchd job's label,
/// also the plist's file name under ~/Library/LaunchAgents.
QString launchAgentLabel(const SchedulerLaunch &launch);

/// The LaunchAgent property list that makes launchd run `freshet fetch --background` every
/// interval (StartInterval; launchd runs a missed interval after the Mac wakes).
QByteArray launchAgentPlist(const SchedulerLaunch &launch, std::chrono::seconds interval, const QString &logPath);

} // namespace freshet
