// SPDX-License-Identifier: MIT
// How long the GUI thread is ever kept from its event loop while the main window refreshes
// 1000 feeds from the loopback feed server: a 1 ms heartbeat timer records every gap.
#include "background/backgroundfetch.h"
#include "mainwindow.h"
#include "storage/storeitemreader.h"
#include "storage/storethread.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

#include <time.h>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("FRESHET_NO_DIALOGS", "1");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int feeds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;

    QProcess server;
    server.start(QString::fromLocal8Bit(FRESHET_FEEDSERVER_BINARY),
                 {u"--feeds"_s, QString::number(feeds), u"--items"_s, u"50"_s, u"--exit-with-stdin"_s});
    if (!server.waitForStarted() || !server.waitForReadyRead(15000))
        qFatal("the feed server did not start");
    const QString base = QString::fromUtf8(server.readLine()).trimmed().section(u' ', 2);

    QTemporaryDir profile;
    {
        auto store = FeedStore::open(profile.filePath(u"freshet.db"_s), u"setup"_s);
        for (int i = 0; i < feeds; ++i) {
            if (!store.value()->addFeed(base + u"/gen/%1.xml"_s.arg(i)))
                qFatal("cannot subscribe the benchmark's profile");
        }
    }
    StoreThread store(profile.filePath(u"freshet.db"_s));
    if (!store.start())
        qFatal("the store did not start");
    StoreItemReader reader(FeedStore::open(profile.filePath(u"freshet.db"_s), u"reader"_s).value());
    BackgroundFetch fetch(&store, FetchService::Limits{});
    MainWindow::Options options;
    options.refreshOnStart = false;
    MainWindow window(AppServices{Profile::resolve(profile.path()), &store, &reader, &fetch}, options);
    window.show();

    // The wall-clock gap counts time the GUI thread waited for a core (the store thread, the
    // network thread and the feed server share two); its own CPU time in the gap is what the
    // window's code cost, whatever else the machine was doing.
    const auto threadCpuUs = [] {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
    };
    QList<qint64> gaps;
    QList<qint64> cpuGaps;
    qint64 lastCpu = 0;
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        gaps << beat.restart();
        const qint64 cpu = threadCpuUs();
        cpuGaps << cpu - lastCpu;
        lastCpu = cpu;
    });
    QElapsedTimer total;
    FetchRunSummary summary;
    QObject::connect(&fetch, &BackgroundFetch::completed, &app, [&](const FetchRunSummary &result) {
        summary = result;
        QTimer::singleShot(100, &app, &QCoreApplication::quit);
    });
    QTimer::singleShot(200, &app, [&] {
        beat.start();
        lastCpu = threadCpuUs();
        heartbeat.start();
        total.start();
        window.refreshNow();
    });
    app.exec();
    heartbeat.stop();
    server.closeWriteChannel();
    server.waitForFinished(5000);

    std::sort(gaps.begin(), gaps.end());
    std::sort(cpuGaps.begin(), cpuGaps.end());
    const auto cpuAt = [&](double q) {
        return cpuGaps.isEmpty() ? 0.0 : double(cpuGaps.at(qsizetype(q * double(cpuGaps.size() - 1)))) / 1000.0;
    };
    const auto at = [&](double q) { return gaps.isEmpty() ? 0 : gaps.at(qsizetype(q * double(gaps.size() - 1))); };
    out << u"GUI-thread stalls while the window refreshes %1 feeds x 50 items (offscreen, 1 ms heartbeat)\n"_s.arg(feeds)
        << u"  refresh: %1, %2 new items, %3 ms\n"_s.arg(fetchResultName(summary.result)).arg(summary.newItems).arg(summary.elapsedMs)
        << u"  heartbeats: %1; gap median %2 ms, p99 %3 ms, longest %4 ms (target: under 50 ms)\n"_s.arg(gaps.size())
               .arg(at(0.5))
               .arg(at(0.99))
               .arg(gaps.isEmpty() ? 0 : gaps.constLast())
        << u"  GUI thread's own CPU time per gap: median %1 ms, p99 %2 ms, longest %3 ms\n"_s.arg(cpuAt(0.5), 0, 'f', 1)
               .arg(cpuAt(0.99), 0, 'f', 1)
               .arg(cpuAt(1.0), 0, 'f', 1)
        << u"  rows in the table: %1\n"_s.arg(window.itemTable()->model()->rowCount());
    return 0;
}
