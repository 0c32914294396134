// SPDX-License-Identifier: MIT
#include "backgroundscheduler.h"

#include "background/schedulermessages.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

QString describeWhileClosed(bool wanted, const SchedulerState &state)
{
    return SchedulerMessages::tr("While Freshet is closed: %1 (%2)")
        .arg(wanted ? SchedulerMessages::tr("on") : SchedulerMessages::tr("off"), state.description);
}

QStringList SchedulerLaunch::arguments() const
{
    QStringList arguments;
    if (profileChosen)
        arguments << u"--profile"_s << QDir::toNativeSeparators(profileDir);
    arguments << u"fetch"_s << u"--background"_s;
    return arguments;
}

QString SchedulerLaunch::profileTag() const
{
    if (!profileChosen)
        return {};
    const QByteArray digest = QCryptographicHash::hash(QDir::cleanPath(profileDir).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(10));
}

QDateTime BackgroundScheduler::nextExpectedRun(const QDateTime &lastRun, const BackgroundSchedule &schedule) const
{
    if (!state().registered || schedule.isNever())
        return {};
    if (!lastRun.isValid())
        return QDateTime::currentDateTimeUtc();
    return lastRun.addSecs(schedule.interval().count());
}

} // namespace freshet
