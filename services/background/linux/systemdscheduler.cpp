// SPDX-License-Identifier: MIT
#include "systemdscheduler.h"

#include "diagnostics/logcategories.h"
#include "systemdunits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

class SystemdMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::SystemdMessages)
};

constexpr int systemctlTimeoutMs = 15000;

/// Runs `systemctl --user ARGS`; the failure says what systemctl said.
Status systemctl(const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(u"systemctl"_s);
    if (program.isEmpty())
        return Status::failure(SystemdMessages::tr("systemctl was not found: refreshing while Freshet is closed needs systemd. "
                                                   "Freshet still refreshes while its window or tray icon is open."));
    QProcess process;
    process.start(program, QStringList{u"--user"_s} + arguments);
    if (!process.waitForFinished(systemctlTimeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return Status::failure(SystemdMessages::tr("Your systemd user session did not accept the timer (systemctl --user %1: %2). "
                                                   "Refreshing while Freshet is closed needs a systemd user session; "
                                                   "Freshet still refreshes while its window or tray icon is open.")
                                   .arg(arguments.join(u' '), said.isEmpty() ? process.errorString() : said));
    }
    return Status::success();
}

Status writeUnit(const QString &path, const QString &contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(contents.toUtf8()) < 0 || !file.commit())
        return Status::failure(SystemdMessages::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace

SystemdScheduler::SystemdScheduler(SchedulerLaunch launch) : m_launch(std::move(launch)) {}

QString SystemdScheduler::name() const
{
    return SystemdMessages::tr("systemd user timer");
}

Status SystemdScheduler::apply(const BackgroundSchedule &schedule)
{
    const bool wanted = schedule.whileClosed && !schedule.isNever();
    const Status applied = wanted ? install(schedule) : remove();
    qCDebug(lcScheduler).noquote() << "systemd user timer" << (wanted ? "installed" : "removed")
                                   << (applied ? u""_s : u"failed: "_s + applied.error());
    return applied;
}

Status SystemdScheduler::install(const BackgroundSchedule &schedule)
{
    const QString dir = systemdUserUnitDir();
    if (!QDir().mkpath(dir))
        return Status::failure(SystemdMessages::tr("Cannot create %1.").arg(dir));
    const SystemdUnits units = systemdUnits(m_launch, schedule.interval());
    const QString servicePath = dir + u'/' + units.serviceName;
    const QString timerPath = dir + u'/' + units.timerName;
    const bool existed = QFile::exists(timerPath);
    Status written = writeUnit(servicePath, units.service);
    if (written)
        written = writeUnit(timerPath, units.timer);
    if (written)
        written = systemctl({u"daemon-reload"_s});
    // restart, not start: a changed interval takes effect now, not after the next run.
    if (written)
        written = systemctl({u"enable"_s, units.timerName});
    if (written)
        written = systemctl({u"restart"_s, units.timerName});
    if (!written && !existed) {
        // Nothing half-registered stays behind for systemd to find at the next login.
        QFile::remove(servicePath);
        QFile::remove(timerPath);
    }
    return written;
}

Status SystemdScheduler::remove()
{
    const SystemdUnits units = systemdUnits(m_launch, std::chrono::seconds(0));
    const QString dir = systemdUserUnitDir();
    if (!QFile::exists(dir + u'/' + units.timerName) && !QFile::exists(dir + u'/' + units.serviceName))
        return Status::success();
    Status stopped = systemctl({u"disable"_s, u"--now"_s, units.timerName});
    // The files go even when systemd is unreachable now, so it cannot start them later.
    QFile::remove(dir + u'/' + units.timerName);
    QFile::remove(dir + u'/' + units.serviceName);
    if (stopped)
        stopped = systemctl({u"daemon-reload"_s});
    return stopped;
}

SchedulerState SystemdScheduler::state() const
{
    const SystemdUnits units = systemdUnits(m_launch, std::chrono::seconds(0));
    const QString timerPath = systemdUserUnitDir() + u'/' + units.timerName;
    SchedulerState state;
    state.registered = QFile::exists(timerPath);
    state.description = state.registered ? SystemdMessages::tr("systemd user timer %1").arg(timerPath)
                                         : SystemdMessages::tr("no systemd user timer");
    return state;
}

} // namespace freshet
