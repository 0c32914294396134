// SPDX-License-Identifier: MIT
#include "inprocessscheduler.h"

#include "background/reachability.h"
#include "background/schedulermessages.h"
#include "diagnostics/logcategories.h"

#include <QCoreApplication>
#include <QLocale>

using namespace std::chrono_literals;

namespace freshet {

namespace {
/// Monotonic timers may not count while the machine sleeps; a wall-clock look this often
/// bounds how late a catch-up after resume can be.
constexpr auto heartbeatPeriod = 30s;
/// A run that never reported back (it always does; this is the belt to those braces) stops
/// blocking the schedule after this long.
constexpr auto runningTimeout = 10min;
} // namespace

InProcessScheduler::InProcessScheduler(Reachability *reachability, QObject *parent)
    : QObject(parent), m_reachability(reachability), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_heartbeat.setInterval(heartbeatPeriod);
    connect(&m_heartbeat, &QTimer::timeout, this, &InProcessScheduler::check);
    m_preciseTimer.setSingleShot(true);
    connect(&m_preciseTimer, &QTimer::timeout, this, &InProcessScheduler::check);
    connect(m_reachability, &Reachability::changed, this, &InProcessScheduler::check);
}

void InProcessScheduler::setSchedule(const BackgroundSchedule &schedule)
{
    m_schedule = schedule;
    // A new chosen interval keeps the stretch the quiet runs earned.
    m_interval = stretchInterval(schedule.interval(), m_interval.quietRuns, m_interval.lastScheduledStart);
    if (schedule.isNever()) {
        m_heartbeat.stop();
        m_preciseTimer.stop();
        setState(State::Off);
        return;
    }
    m_heartbeat.start();
    check();
}

void InProcessScheduler::setLastRun(const QDateTime &finishedAt, const AdaptiveInterval &interval)
{
    m_lastRun = finishedAt;
    m_knowsLastRun = true;
    m_interval = interval;
    if (m_state == State::Running)
        setState(State::Scheduled);
    check();
}

QDateTime InProcessScheduler::nextRun() const
{
    if (m_schedule.isNever() || !m_knowsLastRun)
        return {};
    // Never run before: now, so the first look at Freshet is fresh.
    if (!m_lastRun.isValid())
        return m_now();
    return m_lastRun.addSecs(m_interval.effective.count());
}

void InProcessScheduler::check()
{
    if (m_schedule.isNever() || !m_knowsLastRun)
        return;
    const QDateTime now = m_now();
    if (m_state == State::Running && m_dueAt.secsTo(now) < std::chrono::seconds(runningTimeout).count())
        return;
    if (now < nextRun()) {
        setState(State::Scheduled);
        armPreciseTimer();
        return;
    }
    if (!m_reachability->isOnline()) {
        setState(State::WaitingForNetwork);
        return;
    }
    if (m_schedule.skipOnMetered && m_reachability->isMetered()) {
        setState(State::WaitingForUnmetered);
        return;
    }
    m_dueAt = now;
    setState(State::Running);
    emit due();
}

QString InProcessScheduler::describe() const
{
    switch (m_state) {
    case State::Off: return SchedulerMessages::tr("Automatic refresh is off.");
    case State::Running: return SchedulerMessages::tr("Refreshing now.");
    case State::WaitingForNetwork: return SchedulerMessages::tr("A refresh is due; waiting for the network.");
    case State::WaitingForUnmetered: return SchedulerMessages::tr("A refresh is due; waiting for a network that is not metered.");
    case State::Scheduled: break;
    }
    return SchedulerMessages::tr("Next refresh at %1 (%2).")
        .arg(QLocale().toString(nextRun().toLocalTime().time(), QLocale::ShortFormat), m_interval.describe());
}

void InProcessScheduler::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcScheduler).noquote() << "in-app scheduler:" << describe();
    emit stateChanged();
}

void InProcessScheduler::armPreciseTimer()
{
    const qint64 ms = m_now().msecsTo(nextRun());
    // Beyond the heartbeat, the heartbeat is precise enough and survives clock changes.
    if (ms >= 0 && ms < std::chrono::milliseconds(heartbeatPeriod).count())
        m_preciseTimer.start(int(ms) + 1);
}

} // namespace freshet
