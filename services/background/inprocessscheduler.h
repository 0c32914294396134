// SPDX-License-Identifier: MIT
#pragma once

#include "background/adaptiveinterval.h"
#include "background/backgroundschedule.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace freshet {

class Reachability;

/// The scheduler while Freshet is up (window or tray): says when the next run is due, from
/// the last run and the adaptive interval. It compares wall-clock times, so after the machine
/// sleeps through a due time it catches up at once on waking; offline, it waits for the
/// network and then catches up; on a metered network it can wait for a free one.
class InProcessScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InProcessScheduler)

public:
    enum class State { Off, Scheduled, WaitingForNetwork, WaitingForUnmetered, Running };

    explicit InProcessScheduler(Reachability *reachability, QObject *parent = nullptr);

    /// Tests simulate a sleep by moving this clock.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    void setSchedule(const BackgroundSchedule &schedule);
    /// A run just ended (or, at start, the last logged one did); an invalid time means never.
    /// Until the first call the scheduler does not know where it stands and runs nothing.
    void setLastRun(const QDateTime &finishedAt, const AdaptiveInterval &interval);

    State state() const { return m_state; }
    QDateTime nextRun() const;
    const AdaptiveInterval &interval() const { return m_interval; }
    /// "Next refresh at 14:05 (every 30 min)", "Waiting for the network", ...
    QString describe() const;

    /// Looks at the clock and the network now; the heartbeat and reachability changes call it.
    void check();

signals:
    /// Time to run: the window calls BackgroundFetch::perform with the timer trigger.
    void due();
    void stateChanged();

private:
    void setState(State state);
    void armPreciseTimer();

    Reachability *m_reachability;
    std::function<QDateTime()> m_now;
    BackgroundSchedule m_schedule;
    AdaptiveInterval m_interval;
    QDateTime m_lastRun;
    QDateTime m_dueAt;
    bool m_knowsLastRun = false;
    State m_state = State::Off;
    QTimer m_heartbeat;
    QTimer m_preciseTimer;
};

} // namespace freshet
