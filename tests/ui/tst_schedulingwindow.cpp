// SPDX-License-Identifier: MIT
// The window's scheduling, offscreen over a real profile and the loopback feed server: the
// in-app scheduler runs the timer path only with a network, Settings offers refresh while
// closed through the OS backend and says clearly when the OS refuses, and the fetch log shows
// how far quiet runs have stretched the interval, in the words `freshet log` uses.
#include "appsettings.h"
#include "background/backgroundfetch.h"
#include "background/inprocessscheduler.h"
#include "background/linux/systemdscheduler.h"
#include "background/reachability.h"
#include "clirunner.h"
#include "feedserverprocess.h"
#include "fetchlogdialog.h"
#include "itemtablemodel.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "storage/storeitemreader.h"
#include "storage/storethread.h"
#include "testprofile.h"
#include "testwindow.h"

#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

struct App : TestWindow
{
    explicit App(TestProfile &profile, BackgroundScheduler *osScheduler = nullptr) : TestWindow(profile, true, osScheduler, true) {}
};

/// Clicks Help, then Fetch Log (the menu that holds it), and waits until the dialog shows the runs; nullptr when no
/// dialog opened or loaded.
FetchLogDialog *openFetchLogWithTheMouse(MainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    for (QAction *menuAction : bar->actions()) {
        QMenu *menu = menuAction->menu();
        QAction *item = nullptr;
        for (QAction *candidate : menu ? menu->actions() : QList<QAction *>{})
            item = candidate->objectName() == u"fetchLogAction"_s ? candidate : item;
        if (!item)
            continue;
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menuAction).center());
        if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 5000))
            return nullptr;
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(item).center());
        auto *log = window->findChild<FetchLogDialog *>();
        if (!log)
            return nullptr;
        QSignalSpy loaded(log, &FetchLogDialog::loaded);
        return loaded.wait(10000) ? log : nullptr;
    }
    return nullptr;
}

QAction *findAction(QWidget *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}

bool userSessionRunning()
{
    QProcess probe;
    probe.start(u"systemctl"_s, {u"--user"_s, u"is-system-running"_s});
    return probe.waitForStarted(5000) && probe.waitForFinished(10000) && probe.exitCode() == 0;
}

} // namespace

class TestSchedulingWindow final : public QObject
{
    Q_OBJECT

private:
    FeedServerProcess m_server;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FetchRunSummary>();
        qputenv("FRESHET_NO_DIALOGS", "1");
        QVERIFY2(m_server.start({u"--feeds"_s, u"3"_s, u"--items"_s, u"12"_s}), qPrintable(m_server.errorString()));
    }

    void schedulerRunsTheTimerPathOnlyWithANetwork()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            store->addFeed(m_server.url(u"/gen/0.xml"_s).toString()).value();
            store->addFeed(m_server.url(u"/gen/1.xml"_s).toString()).value();
        }
        App app(profile);
        app.reachability.set(false, false);
        app.window->show();
        InProcessScheduler *scheduler = app.window->scheduler();
        QSignalSpy completed(&app.fetch, &BackgroundFetch::completed);
        // Opened without refreshing: once the log is read, the first run is one interval away.
        QTRY_VERIFY(scheduler->nextRun().isValid());
        QCOMPARE(scheduler->state(), InProcessScheduler::State::Scheduled);
        const QDateTime due = scheduler->nextRun();
        QVERIFY(due > QDateTime::currentDateTimeUtc().addSecs(25 * 60));

        // The machine wakes an hour later, offline: nothing is fetched, the window says why.
        scheduler->setClock([due] { return due.addSecs(3600); });
        scheduler->check();
        QCOMPARE(scheduler->state(), InProcessScheduler::State::WaitingForNetwork);
        QTest::qWait(300);
        QCOMPARE(completed.count(), 0);
        // The network comes back: the catch-up run is the timer's, and the rows arrive.
        app.reachability.set(true, false);
        QVERIFY(completed.wait(30000));
        const FetchRunSummary summary = completed.constFirst().constFirst().value<FetchRunSummary>();
        QCOMPARE(summary.trigger, FetchTrigger::Timer);
        QCOMPARE(summary.newItems, 24);
        QTRY_COMPARE(app.window->itemModel()->rowCount(), 24);
        // The run's end is the new reference point.
        QTRY_COMPARE(scheduler->state(), InProcessScheduler::State::Scheduled);
    }

    void refreshWhileClosedSaysClearlyWhenTheOsRefuses()
    {
        if (userSessionRunning())
            QSKIP("a real systemd user session is running here; this test does not touch a person's timers");
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        TestProfile profile;
        SystemdScheduler systemd({QCoreApplication::applicationFilePath(), profile.path(), true});
        App app(profile, &systemd);
        app.window->show();
        QSignalSpy applied(app.window.get(), &MainWindow::osScheduleApplied);

        bool sawOption = false;
        QTimer::singleShot(0, this, [&sawOption] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *whileClosed = dialog->findChild<QCheckBox *>(u"refreshWhileClosed"_s);
            sawOption = whileClosed && !whileClosed->isHidden() && whileClosed->text().contains(u"systemd user timer"_s);
            if (whileClosed)
                whileClosed->setChecked(true);
            dialog->accept();
        });
        QAction *showSettings = findAction(app.window.get(), u"settingsAction"_s);
        QVERIFY(showSettings);
        showSettings->trigger();
        QVERIFY(sawOption);
        QVERIFY(applied.wait(30000));
        qunsetenv("XDG_CONFIG_HOME");
        QCOMPARE(applied.constFirst().at(0).toBool(), false);
        const QString message = applied.constFirst().at(1).toString();
        QVERIFY2(message.contains(u"systemd user session"_s), qPrintable(message));
        // The setting does not claim what the OS refused, and no unit was left behind.
        QSettings settings(Profile::resolve(profile.path()).settingsPath(), QSettings::IniFormat);
        QVERIFY(!AppSettings(&settings).backgroundSchedule().whileClosed);
        QVERIFY(QDir(config.path() + u"/systemd/user"_s).entryList(QDir::Files).isEmpty());
    }

    void fetchLogShowsTheStretchedInterval()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-4 * 3600);
            for (int i = 0; i < 4; ++i) {
                FetchRunSummary run;
                run.trigger = FetchTrigger::Timer;
                run.result = FetchResult::NoData;
                run.startedAt = start.addSecs(i * 1800);
                run.finishedAt = run.startedAt.addSecs(2);
                run.runId = store->beginRun(run.trigger, 30000, run.startedAt).value();
                QVERIFY(store->finishRun(run));
            }
        }
        App app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        FetchLogDialog *log = openFetchLogWithTheMouse(app.window.get());
        QVERIFY(log);
        QVERIFY2(log->intervalLabel()->text().contains(u"stretched 4x after 4 run"_s), qPrintable(log->intervalLabel()->text()));
        // The window's scheduler runs on the same stretched interval.
        QTRY_COMPARE(app.window->scheduler()->interval().factor, 4);
    }

    void fetchLogSaysWhatTheCommandLineSays()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            FetchRunSummary run;
            run.trigger = FetchTrigger::Os;
            run.result = FetchResult::Failed;
            run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
            run.finishedAt = run.startedAt.addSecs(30);
            run.attempted = 5;
            run.updated = 2;
            run.notModified = 1;
            run.failed = 1;
            run.skipped = 1;
            run.deadlineHit = true;
            run.cpuMs = 1400;
            run.bytes = 2048;
            run.runId = store->beginRun(run.trigger, 30000, run.startedAt).value();
            QVERIFY(store->finishRun(run));
            // A run whose process was killed: begun, never finished.
            QVERIFY(store->beginRun(FetchTrigger::Cli, 30000, run.startedAt.addSecs(60)));
        }
        App app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        FetchLogDialog *log = openFetchLogWithTheMouse(app.window.get());
        QVERIFY(log);
        QCOMPARE(log->tree()->topLevelItemCount(), 2);
        const QTreeWidgetItem *killed = log->tree()->topLevelItem(0);
        const QTreeWidgetItem *failed = log->tree()->topLevelItem(1);
        QCOMPARE(killed->text(2), u"Did not finish"_s);
        QCOMPARE(failed->text(2), u"Failed"_s);
        // Words and the locale's numbers, not the log's keys ("os") or milliseconds.
        QCOMPARE(killed->text(1), u"Command line"_s);
        QCOMPARE(failed->text(1), u"System"_s);
        QCOMPARE(failed->text(4), u"30.0 s"_s);              // started and finished 30 s apart
        QCOMPARE(failed->text(5), u"1.4 s CPU, 2.00 KiB"_s); // what a battery pays for it
        QCOMPARE(failed->text(6), u"5 attempted, 2 updated, 1 not modified, 1 failed, 1 skipped; deadline reached"_s);
        QCOMPARE(failed->toolTip(6), failed->text(6));
        auto *lastDay = log->findChild<QLabel *>(u"lastDayCostLabel"_s);
        // (The test loads no translation: English plurals come from the .qm the app loads.)
        QTRY_COMPARE(lastDay->text(), u"Refreshes in the last 24 hours: 2 run(s), 1.4 s CPU, 2.00 KiB."_s);

        const CliRun cli = runFreshet({u"--profile"_s, profile.path(), u"log"_s});
        QCOMPARE(cli.exitCode, 0);
        QVERIFY2(cli.out.contains(u"cli  Did not finish  0 attempted"_s), qPrintable(cli.out));
        QVERIFY2(cli.out.contains(u"os  Failed  5 attempted, 2 updated, 1 not modified, 1 failed, 1 skipped; 0 new items"_s),
                 qPrintable(cli.out));
        QVERIFY2(cli.out.contains(u"; deadline reached"_s), qPrintable(cli.out));
        QVERIFY2(cli.out.contains(u"; 1.4 s CPU, 2.00 KiB"_s), qPrintable(cli.out));
        QVERIFY2(cli.out.contains(u"Refreshes in the last 24 hours: 2 runs, 1.4 s CPU, 2.00 KiB."_s), qPrintable(cli.out));
        QVERIFY2(cli.out.startsWith(log->intervalLabel()->text()), qPrintable(cli.out + log->intervalLabel()->text()));
    }
};

QTEST_MAIN(TestSchedulingWindow)
#include "tst_schedulingwindow.moc"
