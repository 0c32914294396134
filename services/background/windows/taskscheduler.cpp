// SPDX-License-Identifier: MIT
// Windows only: registers the task with schtasks. Not built on Linux; the XML it registers
// is generated and tested everywhere (scheduledtaskxml.cpp).
#include "background/backgroundscheduler.h"
#include "scheduledtaskxml.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryFile>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

class TaskSchedulerMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::TaskSchedulerMessages)
};

struct Schtasks
{
    int exitCode = -1;
    QString output;
};

Schtasks schtasks(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"schtasks.exe"_s, arguments);
    Schtasks result;
    if (process.waitForFinished(15000))
        result.exitCode = process.exitCode();
    result.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return result;
}

class TaskScheduler final : public BackgroundScheduler
{
public:
    explicit TaskScheduler(SchedulerLaunch launch) : m_launch(std::move(launch)) {}

    QString name() const override { return TaskSchedulerMessages::tr("Task Scheduler task"); }

    Status apply(const BackgroundSchedule &schedule) override
    {
        const QString task = scheduledTaskName(m_launch);
        if (!schedule.whileClosed || schedule.isNever()) {
            if (state().registered)
                schtasks({u"/Delete"_s, u"/TN"_s, task, u"/F"_s});
            return Status::success();
        }
        QTemporaryFile xml(QDir::tempPath() + u"/freshet-task-XXXXXX.xml"_s);
        if (!xml.open() || xml.write(scheduledTaskXml(m_launch, schedule.interval(), QDateTime::currentDateTime())) < 0 || !xml.flush())
            return Status::failure(TaskSchedulerMessages::tr("Cannot write the task definition: %1").arg(xml.errorString()));
        xml.close();
        const Schtasks created = schtasks({u"/Create"_s, u"/TN"_s, task, u"/XML"_s, QDir::toNativeSeparators(xml.fileName()), u"/F"_s});
        if (created.exitCode != 0)
            return Status::failure(TaskSchedulerMessages::tr("Task Scheduler refused the task: %1").arg(created.output));
        return Status::success();
    }

    SchedulerState state() const override
    {
        SchedulerState state;
        state.registered = schtasks({u"/Query"_s, u"/TN"_s, scheduledTaskName(m_launch)}).exitCode == 0;
        state.description = state.registered ? TaskSchedulerMessages::tr("Task Scheduler task %1").arg(scheduledTaskName(m_launch))
                                             : TaskSchedulerMessages::tr("no Task Scheduler task");
        return state;
    }

private:
    SchedulerLaunch m_launch;
};

} // namespace

std::unique_ptr<BackgroundScheduler> createOsScheduler(const SchedulerLaunch &launch)
{
    return std::make_unique<TaskScheduler>(launch);
}

} // namespace freshet
