// SPDX-License-Identifier: MIT
#pragma once

#include "background/backgroundschedule.h"
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace freshet {

/// What the OS is asked to launch: this binary, on this profile, as `fetch --background`.
struct SchedulerLaunch
{
    QString program;            ///< absolute path of the freshet executable
    QString profileDir;         ///< the profile's data folder
    bool profileChosen = false; ///< false: the platform default, so no --profile is needed

    /// The command line after the program.
    QStringList arguments() const;
    /// A short, stable suffix telling profiles apart in OS registrations; empty for the default.
    QString profileTag() const;
};

struct SchedulerState
{
    bool registered = false; ///< the OS will launch Freshet while it is closed
    QString description;     ///< what is registered where, for Settings and `freshet schedule`
};

/// "While Freshet is closed: on (…)", the line Settings and `freshet schedule` show alike.
QString describeWhileClosed(bool wanted, const SchedulerState &state);

/// "Refresh while Freshet is closed": one backend per OS (systemd user timer, LaunchAgent,
/// Task Scheduler, WorkManager, BGTaskScheduler), each chosen by CMake and built only for its
/// platform; every one ends in `freshet fetch --background` or its in-process equivalent.
/// apply() may run external tools, so callers keep it off the GUI thread.
class BackgroundScheduler
{
public:
    virtual ~BackgroundScheduler() = default;

    /// "systemd user timer", "LaunchAgent", ...
    virtual QString name() const = 0;
    /// Registers (whileClosed and not Never) or removes the OS registration so it matches.
    /// On failure the registration is as it was, and the message says why and what to do.
    virtual Status apply(const BackgroundSchedule &schedule) = 0;
    virtual SchedulerState state() const = 0;
    /// When the OS should launch the next run, given the last one; invalid when unknown.
    virtual QDateTime nextExpectedRun(const QDateTime &lastRun, const BackgroundSchedule &schedule) const;
};

/// The backend of the platform this binary was built for.
std::unique_ptr<BackgroundScheduler> createOsScheduler(const SchedulerLaunch &launch);

} // namespace freshet
