// SPDX-License-Identifier: MIT
#pragma once

#include "background/backgroundscheduler.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>

namespace freshet {

/// \Freshet\Fetch (with the profile's tag for other profiles): the task's path in Task Scheduler.
QString scheduledTaskName(const SchedulerLaunch &launch);

/// An ISO 8601 duration as Task Scheduler writes it: PT30M, PT2H, P1DT6H.
QString taskDuration(std::chrono::seconds duration);

/// The Task Scheduler definition (schema 1.2) that runs `freshet fetch --background` every
/// interval from start, only with a network, catching up a missed run; UTF-16 with a byte
/// order mark, as `schtasks /Create /XML` reads it.
QByteArray scheduledTaskXml(const SchedulerLaunch &launch, std::chrono::seconds interval, const QDateTime &start);

/// One argument for the task's command line as Windows programs split it (CommandLineToArgvW).
QString windowsQuote(const QString &argument);

} // namespace freshet
