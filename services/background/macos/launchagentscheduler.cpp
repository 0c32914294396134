// SPDX-License-Identifier: MIT
// macOS only: registers the LaunchAgent with launchd. Not built on Linux; the plist it
// writes is generated and tested everywhere (launchagentplist.cpp).
#include "background/backgroundscheduler.h"
#include "launchagentplist.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

class LaunchAgentMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::LaunchAgentMessages)
};

QString agentPath(const SchedulerLaunch &launch)
{
    return QDir::homePath() + u"/Library/LaunchAgents/"_s + launchAgentLabel(launch) + u".plist"_s;
}

QString guiDomain()
{
    return u"gui/"_s + QString::number(getuid());
}

Status launchctl(const QStringList &arguments)
{
    QProcess process;
    process.start(u"/bin/launchctl"_s, arguments);
    if (!process.waitForFinished(15000) || process.exitCode() != 0)
        return Status::failure(LaunchAgentMessages::tr("launchctl %1 failed: %2")
                                   .arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    return Status::success();
}

class LaunchAgentScheduler final : public BackgroundScheduler
{
public:
    explicit LaunchAgentScheduler(SchedulerLaunch launch) : m_launch(std::move(launch)) {}

    QString name() const override { return LaunchAgentMessages::tr("LaunchAgent"); }

    Status apply(const BackgroundSchedule &schedule) override
    {
        const QString path = agentPath(m_launch);
        const QString service = guiDomain() + u'/' + launchAgentLabel(m_launch);
        // bootout first: launchd keeps a loaded job's old interval until it is reloaded.
        if (QFile::exists(path))
            launchctl({u"bootout"_s, service});
        if (!schedule.whileClosed || schedule.isNever()) {
            QFile::remove(path);
            return Status::success();
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QString log = QDir(m_launch.profileDir).filePath(u"background.log"_s);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(launchAgentPlist(m_launch, schedule.interval(), log)) < 0 || !file.commit())
            return Status::failure(LaunchAgentMessages::tr("Cannot write %1: %2").arg(path, file.errorString()));
        Status loaded = launchctl({u"bootstrap"_s, guiDomain(), path});
        if (!loaded)
            QFile::remove(path);
        return loaded;
    }

    SchedulerState state() const override
    {
        SchedulerState state;
        state.registered = QFile::exists(agentPath(m_launch));
        state.description = state.registered ? LaunchAgentMessages::tr("LaunchAgent %1").arg(agentPath(m_launch))
                                             : LaunchAgentMessages::tr("no LaunchAgent");
        return state;
    }

private:
    SchedulerLaunch m_launch;
};

} // namespace

std::unique_ptr<BackgroundScheduler> createOsScheduler(const SchedulerLaunch &launch)
{
    return std::make_unique<LaunchAgentScheduler>(launch);
}

} // namespace freshet
