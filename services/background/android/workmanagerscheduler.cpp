// SPDX-License-Identifier: MIT
// Android only: hands the schedule to WorkManager through FreshetScheduler.java
// (resources/android). Not built on Linux; the request it makes is workrequestspec.cpp's.
#include "background/backgroundscheduler.h"
#include "workrequestspec.h"

#include <QCoreApplication>
#include <QJniEnvironment>
#include <QJniObject>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

class WorkManagerMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::WorkManagerMessages)
};

constexpr const char *schedulerClass = "org/freshet/background/FreshetScheduler";

class WorkManagerScheduler final : public BackgroundScheduler
{
public:
    explicit WorkManagerScheduler(SchedulerLaunch launch) : m_launch(std::move(launch)) {}

    QString name() const override { return WorkManagerMessages::tr("WorkManager periodic work"); }

    Status apply(const BackgroundSchedule &schedule) override
    {
        const WorkRequestSpec spec = androidWorkRequest(schedule);
        QJniObject::callStaticMethod<void>(schedulerClass, "apply", "(Landroid/content/Context;ZJZ)V",
                                           QNativeInterface::QAndroidApplication::context(), jboolean(spec.enabled),
                                           jlong(spec.repeat.count()), jboolean(spec.unmeteredOnly));
        QJniEnvironment env;
        if (env.checkAndClearExceptions())
            return Status::failure(WorkManagerMessages::tr("WorkManager refused the background refresh."));
        return Status::success();
    }

    SchedulerState state() const override
    {
        SchedulerState state;
        state.registered = QJniObject::callStaticMethod<jboolean>(schedulerClass, "isScheduled", "(Landroid/content/Context;)Z",
                                                                  QNativeInterface::QAndroidApplication::context());
        state.description = state.registered
                                ? WorkManagerMessages::tr("WorkManager periodic work \"%1\"").arg(QString::fromLatin1(androidUniqueWorkName))
                                : WorkManagerMessages::tr("no WorkManager work");
        return state;
    }

private:
    SchedulerLaunch m_launch;
};

} // namespace

std::unique_ptr<BackgroundScheduler> createOsScheduler(const SchedulerLaunch &launch)
{
    return std::make_unique<WorkManagerScheduler>(launch);
}

} // namespace freshet
