// SPDX-License-Identifier: MIT
#include "applyschedule.h"

#include "background/backgroundscheduler.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace freshet::actions {

namespace {

class ScheduleMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::ScheduleMessages)
};

bool registered(const BackgroundSchedule &schedule)
{
    return schedule.whileClosed && !schedule.isNever();
}

bool osMustChange(const BackgroundSchedule &wanted, const BackgroundSchedule &previous)
{
    if (!registered(wanted) && !registered(previous))
        return false;
    return registered(wanted) != registered(previous) || wanted.interval() != previous.interval()
           || wanted.skipOnMetered != previous.skipOnMetered;
}

} // namespace

void applySchedule(BackgroundScheduler *os, const BackgroundSchedule &wanted, const BackgroundSchedule &previous, QObject *context,
                   std::function<void(const Outcome &, const BackgroundSchedule &toKeep)> done)
{
    const Outcome unchanged = Outcome::done(ScheduleMessages::tr("Refresh: %1").arg(wanted.describe()));
    if (!os) {
        QMetaObject::invokeMethod(
            context, [done, unchanged, wanted] { done(unchanged, wanted); }, Qt::QueuedConnection);
        return;
    }
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([os, wanted, previous, guard, done, unchanged] {
        // A registration removed behind Freshet's back (or never made) is made again.
        if (!osMustChange(wanted, previous) && os->state().registered == registered(wanted)) {
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, unchanged, wanted] {
                    if (guard)
                        done(unchanged, wanted);
                },
                Qt::QueuedConnection);
            return;
        }
        const Status applied = os->apply(wanted);
        QMetaObject::invokeMethod(
            guard.data(),
            [os, wanted, previous, guard, applied, done] {
                if (!guard)
                    return;
                if (!applied) {
                    BackgroundSchedule asBefore = wanted;
                    asBefore.whileClosed = previous.whileClosed;
                    done(Outcome::failed(Failure::System, applied.error()), asBefore);
                    return;
                }
                Outcome registration = Outcome::done(os->state().description);
                registration.changed = 1;
                done(registration, wanted);
            },
            Qt::QueuedConnection);
    });
}

} // namespace freshet::actions
