// SPDX-License-Identifier: MIT
// The in-app scheduler with an injected reachability and clock: when it fires, how it waits
// for the network or an unmetered one, how it catches up after a sleep; the adaptive interval
// it runs on; and the schedule settings it reads.
#include "background/adaptiveinterval.h"
#include "background/backgroundschedule.h"
#include "background/inprocessscheduler.h"
#include "background/reachability.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace freshet;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

FetchRunSummary run(FetchTrigger trigger, FetchResult result)
{
    FetchRunSummary summary;
    summary.trigger = trigger;
    summary.result = result;
    return summary;
}

BackgroundSchedule every(std::chrono::seconds interval)
{
    BackgroundSchedule schedule;
    schedule.every = interval;
    return schedule;
}

} // namespace

class TestInProcessScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        m_reachability = std::make_unique<FixedReachability>();
        m_scheduler = std::make_unique<InProcessScheduler>(m_reachability.get());
        m_scheduler->setClock([this] { return m_now; });
    }

    void neverMeansNoRun()
    {
        QSignalSpy due(m_scheduler.get(), &InProcessScheduler::due);
        BackgroundSchedule never;
        never.mode = BackgroundSchedule::Mode::Never;
        m_scheduler->setSchedule(never);
        m_scheduler->setLastRun({}, adaptInterval(0s, {}));
        m_now = m_now.addDays(3);
        m_scheduler->check();
        QCOMPARE(due.count(), 0);
        QCOMPARE(m_scheduler->state(), InProcessScheduler::State::Off);
        QVERIFY(!m_scheduler->nextRun().isValid());
    }

    void firstRunIsDueAtOnce()
    {
        QSignalSpy due(m_scheduler.get(), &InProcessScheduler::due);
        m_scheduler->setSchedule(every(30min));
        QCOMPARE(due.count(), 0); // not before it knows when the last run was
        QVERIFY(!m_scheduler->nextRun().isValid());
        m_scheduler->setLastRun({}, adaptInterval(30min, {}));
        QCOMPARE(due.count(), 1);
        QCOMPARE(m_scheduler->state(), InProcessScheduler::State::Running);
    }

    void waitsForTheIntervalThenRunsOnce()
    {
        QSignalSpy due(m_scheduler.get(), &InProcessScheduler::due);
        m_scheduler->setSchedule(every(30min));
        m_scheduler->setLastRun(m_now, adaptInterval(30min, {}));
        QCOMPARE(m_scheduler->nextRun(), m_now.addSecs(1800));
        QCOMPARE(m_scheduler->state(), InProcessScheduler::State::Scheduled);
        m_now = m_now.addSecs(1799);
        m_scheduler->check();
        QCOMPARE(due.count(), 0);
        m_now = m_now.addSecs(1);
        m_scheduler->check();
        QCOMPARE(due.count(), 1);
        // Until the run reports, more looks at the clock do not start another.
        m_now = m_now.addSecs(60);
        m_scheduler->check();
        QCOMPARE(due.count(), 1);
        m_scheduler->setLastRun(m_now, adaptInterval(30min, {}));
        QCOMPARE(m_scheduler->state(), InProcessScheduler::State::Scheduled);
        QCOMPARE(due.count(), 1);
    }

    void catchesUpOnceAfterASleep()
    {
        QSignalSpy due(m_scheduler.get(), &InProcessScheduler::due);
        m_scheduler->setSchedule(every(30min));
        m_scheduler->setLastRun(m_now, adaptInterval(30min, {}));
        // The lid closes for five hours: no timer fired meanwhile, the wall clock jumped.
        m_now = m_now.addSecs(5 * 3600);
        m_scheduler->check();
        QCOMPARE(due.count(), 1); // one catch-up run, not ten missed ones
        m_scheduler->check();
        QCOMPARE(due.count(), 1);
    }

    void offlineWaitsForTheNetworkThenCatchesUp()
    {
        QSignalSpy due(m_scheduler.get(), &InProcessScheduler::due);
        m_reachability->set(false, false);
        m_scheduler->setSchedule(every(15min));
        m_scheduler->setLastRun(m_now.addSecs(-3600), adaptInterval(15min, {}));
        QCOMPARE(due.count(), 0);
        QCOMPARE(m_scheduler->state(), InProcessScheduler::State::WaitingForNetwork);
        QVERIFY(m_scheduler->describe().contains(u"network"_s));
        m_reachability->set(true, false); // reachability changes reach the scheduler by signal
        QCOMPARE(due.count(), 1);
    }

    void meteredWaitsOnlyWhenAsked()
    {
        QSignalSpy due(m_scheduler.get(), &InProcessScheduler::due);
        m_reachability->set(true, true);
        BackgroundSchedule schedule = every(15min);
        schedule.skipOnMetered = true;
        m_scheduler->setSchedule(schedule);
        m_scheduler->setLastRun(m_now.addSecs(-3600), adaptInterval(15min, {}));
        QCOMPARE(due.count(), 0);
        QCOMPARE(m_scheduler->state(), InProcessScheduler::State::WaitingForUnmetered);
        schedule.skipOnMetered = false;
        m_scheduler->setSchedule(schedule);
        QCOMPARE(due.count(), 1);
    }

    void quietRunsStretchTheWait()
    {
        QSignalSpy due(m_scheduler.get(), &InProcessScheduler::due);
        m_scheduler->setSchedule(every(30min));
        const QList<FetchRunSummary> quiet(4, run(FetchTrigger::Timer, FetchResult::NoData));
        m_scheduler->setLastRun(m_now, adaptInterval(30min, quiet));
        QCOMPARE(m_scheduler->nextRun(), m_now.addSecs(4 * 1800));
        m_now = m_now.addSecs(3 * 1800);
        m_scheduler->check();
        QCOMPARE(due.count(), 0);
        m_now = m_now.addSecs(1800);
        m_scheduler->check();
        QCOMPARE(due.count(), 1);
    }

    void aNewIntervalKeepsTheStretch()
    {
        m_scheduler->setSchedule(every(30min));
        const QList<FetchRunSummary> quiet(4, run(FetchTrigger::Timer, FetchResult::NoData));
        m_scheduler->setLastRun(m_now, adaptInterval(30min, quiet));
        QCOMPARE(m_scheduler->interval().effective, 2h);
        // Settings changes the interval: the four quiet runs still stretch the new one.
        m_scheduler->setSchedule(every(1h));
        QCOMPARE(m_scheduler->interval().factor, 4);
        QCOMPARE(m_scheduler->interval().effective, 4h);
        QCOMPARE(m_scheduler->nextRun(), m_now.addSecs(4 * 3600));
    }

    void adaptiveIntervalStretchesAndResets()
    {
        QCOMPARE(adaptInterval(30min, {}).factor, 1);
        QList<FetchRunSummary> runs;
        runs << run(FetchTrigger::Os, FetchResult::NoData);
        QCOMPARE(adaptInterval(30min, runs).factor, 1); // one quiet run is common
        runs << run(FetchTrigger::Timer, FetchResult::NoData);
        QCOMPARE(adaptInterval(30min, runs).factor, 2);
        QCOMPARE(adaptInterval(30min, runs).effective, 60min);
        // A person's own refreshes say nothing about the schedule; failures neither count nor reset.
        runs << run(FetchTrigger::Manual, FetchResult::NewData) << run(FetchTrigger::Os, FetchResult::Failed)
             << run(FetchTrigger::Os, FetchResult::NoData) << run(FetchTrigger::Os, FetchResult::NoData);
        QCOMPARE(adaptInterval(30min, runs).quietRuns, 4);
        QCOMPARE(adaptInterval(30min, runs).factor, 4);
        runs << run(FetchTrigger::Os, FetchResult::NoData) << run(FetchTrigger::Os, FetchResult::NoData)
             << run(FetchTrigger::Os, FetchResult::NoData) << run(FetchTrigger::Os, FetchResult::NoData);
        QCOMPARE(adaptInterval(30min, runs).factor, maximumStretchFactor);
        // Never beyond a day, however quiet.
        QCOMPARE(adaptInterval(6h, runs).effective, 24h);
        QVERIFY(adaptInterval(30min, runs).describe().contains(u"8x"_s));
        // New data from a scheduled run brings it back at once.
        runs.prepend(run(FetchTrigger::Timer, FetchResult::NewData));
        QCOMPARE(adaptInterval(30min, runs).factor, 1);
        QCOMPARE(adaptInterval(30min, runs).effective, 30min);
    }

    void scheduleAndLogWordTheIntervalAlike()
    {
        BackgroundSchedule schedule;
        for (const std::chrono::seconds every : {30min, 90min, 120min, 150min, std::chrono::minutes(6h)}) {
            schedule.every = every;
            const QString adaptive = adaptInterval(every, {}).describe();
            QCOMPARE(schedule.describe(), adaptive);
        }
        schedule.every = 120min;
        QCOMPARE(schedule.describe(), u"every 2 h"_s);
        schedule.every = 90min;
        QCOMPARE(schedule.describe(), u"every 90 min"_s);
    }

    void scheduleSettingsRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        BackgroundSchedule defaults = loadBackgroundSchedule(settings);
        QCOMPARE(defaults.mode, BackgroundSchedule::Mode::Every);
        QCOMPARE(defaults.interval(), 30min);
        QVERIFY(!defaults.whileClosed);

        BackgroundSchedule schedule;
        QVERIFY(parseScheduleInterval(u"2h"_s, &schedule));
        schedule.whileClosed = true;
        schedule.skipOnMetered = true;
        saveBackgroundSchedule(settings, schedule);
        const BackgroundSchedule loaded = loadBackgroundSchedule(settings);
        QCOMPARE(loaded.interval(), 2h);
        QVERIFY(loaded.whileClosed);
        QVERIFY(loaded.skipOnMetered);
        // The key predates the struct and keeps its meaning: minutes, 0 never, -1 minimum.
        QCOMPARE(settings.value(u"fetch/intervalMinutes"_s).toInt(), 120);

        QVERIFY(parseScheduleInterval(u"never"_s, &schedule));
        QCOMPARE(schedule.mode, BackgroundSchedule::Mode::Never);
        QVERIFY(parseScheduleInterval(u"minimum"_s, &schedule));
        QCOMPARE(schedule.interval(), std::chrono::seconds(10 * 60));
        QVERIFY(parseScheduleInterval(u"900"_s, &schedule));
        QCOMPARE(schedule.interval(), 15min);
        QVERIFY(parseScheduleInterval(u"45m"_s, &schedule));
        QCOMPARE(schedule.interval(), 45min);
        // Below the engine's minimum, the minimum applies.
        QVERIFY(parseScheduleInterval(u"60"_s, &schedule));
        QCOMPARE(schedule.interval(), 10min);
        for (const QString &bad : {u""_s, u"soon"_s, u"-5m"_s, u"0"_s, u"8d"_s, u"200h"_s})
            QVERIFY2(!parseScheduleInterval(bad, &schedule), qPrintable(bad));
    }

private:
    QDateTime m_now;
    std::unique_ptr<FixedReachability> m_reachability;
    std::unique_ptr<InProcessScheduler> m_scheduler;
};

QTEST_GUILESS_MAIN(TestInProcessScheduler)
#include "tst_inprocessscheduler.moc"
