// SPDX-License-Identifier: MIT
// What the OS launches, end to end with the real binary: `freshet fetch --background` and
// `freshet notify` handing their run to a window open on the profile (result and exit code
// passing back, the window's table updating), a second window launch raising the first, the
// headless run's desktop notification on a private session bus, the one-writer lock between
// concurrent and killed runs, and the downloads a handed-over or OS-entered run spends the rest
// of its budget on in the window; and a command-line change (a feed added, items marked) showing
// in the open window at once.
#include "background/backgroundfetch.h"
#include "background/osfetchentry.h"
#include "feedlistmodel.h"
#include "feedserverprocess.h"
#include "feedserverstats.h"
#include "instance/handoffqueue.h"
#include "instance/instanceserver.h"
#include "itemtablemodel.h"
#include "mainwindow.h"
#include "storage/storeitemreader.h"
#include "storage/storethread.h"
#include "testprofile.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QtTest>

#include <signal.h>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace freshet;

namespace {

/// What the desktop's notification server would receive.
class NotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList summaries;
    QStringList bodies;
    QVariantMap lastHints;

public slots:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body, const QStringList &,
                const QVariantMap &hints, int)
    {
        summaries << summary;
        bodies << body;
        lastHints = hints;
        return uint(summaries.size());
    }
};

/// The objects guirunner wires for a window, plus its end of the hand-off.
struct Window
{
    explicit Window(TestProfile &profile)
        : store(profile.databasePath()), reader(profile.openStore(u"reader"_s)), fetch(&store, FetchService::Limits{}), handOffs(&fetch)
    {
        if (!store.start())
            qFatal("store did not start");
        const Profile resolved = Profile::resolve(profile.path());
        fetch.setRunLock(resolved.fetchLockPath());
        MainWindow::Options options;
        options.refreshOnStart = false;
        window = std::make_unique<MainWindow>(AppServices{resolved, &store, &reader, &fetch}, options);
        if (Status listening = server.listen(instanceServerName(resolved)); !listening)
            qFatal("%s", qPrintable(listening.error()));
        QObject::connect(&server, &InstanceServer::fetchRequested, &handOffs, &HandOffQueue::enqueue);
        QObject::connect(&server, &InstanceServer::storeChangedElsewhere, window.get(), &MainWindow::reloadFromStore);
    }

    StoreThread store;
    StoreItemReader reader;
    BackgroundFetch fetch;
    InstanceServer server;
    HandOffQueue handOffs;
    std::unique_ptr<MainWindow> window;
};

struct CliRun
{
    int exitCode = -1;
    QJsonObject json;
    QString out;
    QString err;
};

/// Starts freshet without blocking this thread: the window and the D-Bus server in this
/// process must keep answering while it runs.
std::unique_ptr<QProcess> startFreshet(const QString &profile, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(FRESHET_BINARY));
    process->setArguments(QStringList{u"--profile"_s, profile} + arguments);
    process->start();
    return process;
}

CliRun finish(QProcess &process, int timeoutMs = 90000)
{
    CliRun run;
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            run.err = u"timed out"_s;
            return run;
        }
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    run.json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    return run;
}

CliRun runFreshet(const QString &profile, const QStringList &arguments)
{
    std::unique_ptr<QProcess> process = startFreshet(profile, arguments);
    return finish(*process);
}

void addFeeds(TestProfile &profile, const QList<QUrl> &urls)
{
    auto store = profile.openStore(u"setup"_s);
    for (const QUrl &url : urls)
        store->addFeed(url.toString()).value();
}

/// Turns on the feed's automatic downloads the way a person does from the command line.
bool downloadAutomatically(TestProfile &profile, const QUrl &feed)
{
    const CliRun run = runFreshet(profile.path(), {u"auto-download"_s, feed.toString(), u"on"_s, u"--unmetered-only"_s, u"off"_s});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return run.exitCode == 0;
}

QString downloadsFolderOf(TestProfile &profile)
{
    return QDir(Profile::resolve(profile.path()).dataDir()).absoluteFilePath(u"downloads"_s);
}

} // namespace

class TestBackgroundRuns final : public QObject
{
    Q_OBJECT

private:
    FeedServerProcess m_server;

    QJsonObject serverStats() const { return feedServerStats(m_server); }

    void resetStats()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_server.url(u"/control/stats/reset"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
        QNetworkReply *reply = network.post(request, QByteArray());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        reply->deleteLater();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FetchRunSummary>();
        qputenv("FRESHET_NO_DIALOGS", "1");
        QVERIFY2(m_server.start({u"--feeds"_s, u"6"_s, u"--items"_s, u"10"_s}), qPrintable(m_server.errorString()));
    }

    void backgroundFetchIsHandedToTheWindow()
    {
        TestProfile profile;
        addFeeds(profile, {m_server.url(u"/gen/0.xml"_s), m_server.url(u"/gen/1.xml"_s), m_server.url(u"/gen/2.xml"_s)});
        Window window(profile);
        window.window->show();
        QCOMPARE(window.window->itemModel()->rowCount(), 0);
        QSignalSpy completed(&window.fetch, &BackgroundFetch::completed);

        const CliRun run = runFreshet(profile.path(), {u"fetch"_s, u"--background"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(run.json.value(u"handedOff"_s).toBool(), true);
        QCOMPARE(run.json.value(u"result"_s).toString(), u"newData"_s);
        QCOMPARE(run.json.value(u"trigger"_s).toString(), u"os"_s);
        QCOMPARE(run.json.value(u"newItems"_s).toInt(), 30);
        // The window did the run, and its table shows the rows.
        QCOMPARE(completed.count(), 1);
        QTRY_COMPARE(window.window->itemModel()->rowCount(), 30);

        // Nothing due now: the window answers noData, exit 0.
        const CliRun again = runFreshet(profile.path(), {u"fetch"_s, u"--background"_s, u"--json"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json.value(u"result"_s).toString(), u"noData"_s);
        QCOMPARE(again.json.value(u"handedOff"_s).toBool(), true);
    }

    void aFailedRunKeepsItsExitCodeThroughTheHandOff()
    {
        TestProfile profile;
        addFeeds(profile, {m_server.url(u"/fault/500"_s), m_server.url(u"/fault/404"_s)});
        Window window(profile);
        const CliRun run = runFreshet(profile.path(), {u"fetch"_s, u"--background"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json.value(u"handedOff"_s).toBool(), true);
        QCOMPARE(run.json.value(u"result"_s).toString(), u"failed"_s);
        QCOMPARE(run.json.value(u"failed"_s).toInt(), 2);
    }

    void notifyFetchesTheNamedFeedInTheWindow()
    {
        TestProfile profile;
        const QUrl pushed = m_server.url(u"/gen/3.xml"_s);
        addFeeds(profile, {pushed, m_server.url(u"/gen/4.xml"_s)});
        Window window(profile);
        QSignalSpy completed(&window.fetch, &BackgroundFetch::completed);
        const CliRun run = runFreshet(profile.path(), {u"notify"_s, u"--feed"_s, pushed.toString(), u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(run.json.value(u"handedOff"_s).toBool(), true);
        QCOMPARE(run.json.value(u"trigger"_s).toString(), u"push"_s);
        QCOMPARE(run.json.value(u"attempted"_s).toInt(), 1);
        QCOMPARE(run.json.value(u"newItems"_s).toInt(), 10);
        QCOMPARE(completed.count(), 1);
        QCOMPARE(completed.constFirst().constFirst().value<FetchRunSummary>().outcomes.constFirst().feedUrl, pushed.toString());
        QTRY_COMPARE(window.window->itemModel()->rowCount(), 10);

        const CliRun unknown = runFreshet(profile.path(), {u"notify"_s, u"--feed"_s, u"https://not.subscribed.example/feed"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"Not subscribed"_s), qPrintable(unknown.err));
    }

    /// A feed added, a plain fetch or items marked from the command line show in the open window
    /// at once, not at its next refresh.
    void aCommandLineChangeShowsInTheOpenWindowAtOnce()
    {
        TestProfile profile;
        addFeeds(profile, {m_server.url(u"/gen/5.xml"_s)});
        Window window(profile);
        window.window->show();
        QSignalSpy told(&window.server, &InstanceServer::storeChangedElsewhere);
        QVERIFY(runFreshet(profile.path(), {u"fetch"_s, u"--background"_s}).exitCode == 0);
        QTRY_COMPARE(window.window->itemModel()->rowCount(), 10);
        const auto allUnread = [&] {
            return window.window->feedModel()->indexOfKey(u"all"_s).data(FeedListModel::UnreadRole).toInt();
        };
        QCOMPARE(allUnread(), 10);
        // Reading the third article, with the mouse.
        QTableView *table = window.window->itemTable();
        const QModelIndex third = table->model()->index(2, ItemTableModel::TitleColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(third).center());
        QCOMPARE(table->currentIndex().row(), 2);
        const qint64 reading = third.data(ItemTableModel::ItemIdRole).toLongLong();
        QTRY_COMPARE(allUnread(), 9);

        const CliRun added = runFreshet(profile.path(), {u"add"_s, m_server.url(u"/gen/1.xml"_s).toString()});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QTRY_COMPARE(window.window->feedModel()->feedCount(), 2);
        // The list took the feed in around the reader: the same article is still the one open.
        QVERIFY(table->currentIndex().isValid());
        QCOMPARE(table->currentIndex().data(ItemTableModel::ItemIdRole).toLongLong(), reading);

        // A plain `freshet fetch` runs in its own process; the window shows what it stored.
        const CliRun fetched = runFreshet(profile.path(), {u"fetch"_s});
        QVERIFY2(fetched.exitCode == 0, qPrintable(fetched.err));
        QTRY_COMPARE(window.window->itemModel()->rowCount(), 20);
        QCOMPARE(table->currentIndex().data(ItemTableModel::ItemIdRole).toLongLong(), reading);

        const CliRun marked = runFreshet(profile.path(), {u"mark"_s, u"read"_s, u"--all"_s});
        QVERIFY2(marked.exitCode == 0, qPrintable(marked.err));
        QTRY_COMPARE(allUnread(), 0);
        QCOMPARE(told.count(), 3);

        // A command that changes nothing does not disturb the window.
        QVERIFY(runFreshet(profile.path(), {u"list"_s}).exitCode == 0);
        QTest::qWait(200);
        QCOMPARE(told.count(), 3);
    }

    void aSecondWindowLaunchRaisesTheFirst()
    {
        TestProfile profile;
        Window window(profile);
        QSignalSpy activated(&window.server, &InstanceServer::activateRequested);
        const CliRun run = runFreshet(profile.path(), {});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"already running"_s), qPrintable(run.out + run.err));
        QTRY_COMPARE(activated.count(), 1);
    }

    void aHeadlessRunNotifiesTheDesktop()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            QSKIP("no session bus: run under dbus-run-session (ctest does)");
        NotificationServer notifications;
        QVERIFY(bus.registerObject(u"/org/freedesktop/Notifications"_s, &notifications, QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(u"org.freedesktop.Notifications"_s));

        TestProfile profile;
        addFeeds(profile, {m_server.url(u"/gen/5.xml"_s)});
        // No window on this profile: the run happens in the headless process.
        const CliRun run = runFreshet(profile.path(), {u"fetch"_s, u"--background"_s, u"--json"_s});
        bus.unregisterService(u"org.freedesktop.Notifications"_s);
        bus.unregisterObject(u"/org/freedesktop/Notifications"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(run.json.value(u"handedOff"_s).toBool(), false);
        QCOMPARE(run.json.value(u"newItems"_s).toInt(), 10);
        QCOMPARE(notifications.summaries, QStringList{u"Freshet"_s});
        QCOMPARE(notifications.bodies, QStringList{u"10 new items in 1 feed"_s});
        QCOMPARE(notifications.lastHints.value(u"desktop-entry"_s).toString(), u"freshet"_s);

        // Nothing new: no notification.
        const CliRun quiet = runFreshet(profile.path(), {u"fetch"_s, u"--background"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(quiet.json.value(u"newItems"_s).toInt(), 0);
        QCOMPARE(notifications.summaries.size(), 1);
    }

    void concurrentRunsNeverFetchAFeedTwice()
    {
        TestProfile profile;
        QList<QUrl> feeds;
        // Slow answers, so the two runs overlap.
        for (int i = 0; i < 6; ++i)
            feeds << m_server.url(u"/gen/%1.xml?latency=700"_s.arg(i));
        addFeeds(profile, feeds);
        resetStats();
        std::unique_ptr<QProcess> timer = startFreshet(profile.path(), {u"fetch"_s, u"--background"_s, u"--json"_s});
        std::unique_ptr<QProcess> push = startFreshet(profile.path(), {u"notify"_s, u"--json"_s});
        const CliRun first = finish(*timer);
        const CliRun second = finish(*push);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err + second.out));
        // Each feed was asked once in all (the 7th request is this look at the counters):
        // whichever run went second found nothing due.
        QCOMPARE(serverStats().value(u"requests"_s).toInt(), 6 + 1);
        QCOMPARE(first.json.value(u"attempted"_s).toInt() + second.json.value(u"attempted"_s).toInt(), 6);
        QCOMPARE(first.json.value(u"newItems"_s).toInt() + second.json.value(u"newItems"_s).toInt(), 60);
    }

    void aHandedOffRunDownloadsInTheWindowWithinItsDeadline()
    {
        TestProfile profile;
        // One enclosure that arrives at once, one that needs half a minute.
        const QUrl quick = m_server.url(u"/gen/4.xml?items=1&enclosure-size=1M"_s);
        const QUrl slow = m_server.url(u"/gen/5.xml?items=1&enclosure-size=32M&enclosure-rate=1M"_s);
        addFeeds(profile, {quick, slow});
        QVERIFY(downloadAutomatically(profile, quick));
        QVERIFY(downloadAutomatically(profile, slow));
        Window window(profile);

        QElapsedTimer clock;
        clock.start();
        const CliRun run = runFreshet(profile.path(), {u"fetch"_s, u"--background"_s, u"--deadline"_s, u"6"_s, u"--json"_s});
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(run.json.value(u"handedOff"_s).toBool(), true);
        QCOMPARE(run.json.value(u"newItems"_s).toInt(), 2);
        QCOMPARE(run.json.value(u"downloadsCompleted"_s).toInt(), 1);
        QCOMPARE(run.json.value(u"downloadsLeft"_s).toInt(), 1);
        // The reply came within the run's deadline (plus the process's own start), not when the
        // slow download ends.
        QVERIFY2(elapsed < 6000 + 1500, qPrintable(QString::number(elapsed)));

        const QDir folder(downloadsFolderOf(profile));
        QCOMPARE(QFileInfo(folder.filePath(u"1048576.bin"_s)).size(), 1024 * 1024);
        QVERIFY(!folder.exists(u"33554432.bin"_s));
        // The window is still up: the slow one goes on there.
        const QString part = folder.filePath(u"33554432.bin.part"_s);
        const qint64 atReply = QFileInfo(part).size();
        QVERIFY(atReply > 0);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > atReply, 5000);
    }

    void anOsEntryRunDownloadsAfterTheRefresh()
    {
        TestProfile profile;
        const QUrl feed = m_server.url(u"/gen/3.xml?items=1&enclosure-size=512K"_s);
        addFeeds(profile, {feed});
        QVERIFY(downloadAutomatically(profile, feed));
        Window window(profile);
        // As Android's worker and iOS's task handler reach the app.
        OsFetchEntry::install(&window.fetch);
        const auto uninstall = qScopeGuard([] { OsFetchEntry::install(nullptr); });
        const QString file = QDir(downloadsFolderOf(profile)).filePath(u"524288.bin"_s);
        std::optional<FetchResult> result;
        qint64 sizeWhenDone = -1;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(OsFetchEntry::perform(10s, [&](FetchResult value) {
            result = value;
            sizeWhenDone = QFileInfo(file).size();
        }));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(fetchResultName(*result), fetchResultName(FetchResult::NewData));
        // Done was called with the enclosure already in place.
        QCOMPARE(sizeWhenDone, 512 * 1024);
    }

    void aRunHoldingTheProfileTurnsAnotherAwayClearly()
    {
        TestProfile profile;
        addFeeds(profile, {m_server.url(u"/fault/stall"_s)});
        std::unique_ptr<QProcess> holder = startFreshet(profile.path(), {u"fetch"_s, u"--deadline"_s, u"20"_s});
        const QString lock = Profile::resolve(profile.path()).fetchLockPath();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lock), 15000);
        const CliRun turnedAway = runFreshet(profile.path(), {u"fetch"_s, u"--deadline"_s, u"3"_s, u"--json"_s});
        QCOMPARE(turnedAway.exitCode, 3);
        QVERIFY2(turnedAway.json.value(u"error"_s).toString().contains(u"is refreshing this profile"_s), qPrintable(turnedAway.out));
        QVERIFY2(turnedAway.err.contains(u"is refreshing this profile"_s), qPrintable(turnedAway.err));

        // Killed while holding the lock: the next run starts at once, without waiting it out.
        ::kill(pid_t(holder->processId()), SIGKILL);
        finish(*holder);
        QVERIFY(QFile::exists(lock)); // left behind by the dead process, yet not in the way
        QElapsedTimer clock;
        clock.start();
        const CliRun next = runFreshet(profile.path(), {u"fetch"_s, u"--deadline"_s, u"4"_s, u"--json"_s});
        QVERIFY2(next.json.value(u"error"_s).toString().isEmpty(), qPrintable(next.out));
        QCOMPARE(next.json.value(u"attempted"_s).toInt(), 1); // it did ask the feed
        QVERIFY2(clock.elapsed() < 9000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_MAIN(TestBackgroundRuns)
#include "tst_backgroundruns.moc"
