// SPDX-License-Identifier: MIT
// `freshet download` and `freshet downloads` as a person (or the OS) runs them: interrupted
// at 20 random points by dropped connections and kill -9, a file-size limit standing in for a
// full disk, an OS-triggered background run that spends its budget on the queue, and
// `freshet auto-download`, which decides what that run queues.
#include "clirunner.h"
#include "downloadtesthelpers.h"
#include "feedserverprocess.h"
#include "routedserver.h"

#include "downloads/downloadstore.h"
#include "profile/profile.h"
#include "storage/feedstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestDownloadCli final : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 killedSize = 4 * 1024 * 1024;

    /// A 4 MiB enclosure (1 MB/s) that `freshet download` started, killed once 256 KiB are in
    /// its .part: the row still says running, and its owner is gone.
    void downloadKilledMidway(const QString &profile, int seed, qint64 *itemId, QString *part)
    {
        *itemId = addItem(profile, m_server.url(u"/large/%1.bin?seed=%2&rate=1M"_s.arg(killedSize).arg(seed)).toString(), killedSize);
        *part = QDir(profile).filePath(u"downloads/%1.bin.part"_s.arg(killedSize));
        QProcess process;
        process.start(QString::fromLocal8Bit(FRESHET_BINARY), {u"--profile"_s, profile, u"download"_s, QString::number(*itemId)});
        QVERIFY(process.waitForStarted());
        while (QFileInfo(*part).size() < 256 * 1024 && !process.waitForFinished(5)) {}
        QCOMPARE(process.state(), QProcess::Running);
        process.kill();
        QVERIFY(process.waitForFinished());
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void interruptedTwentyTimesByDropsAndKills()
    {
        constexpr qint64 size = 12 * 1024 * 1024 + 77;
        QTemporaryDir profile;
        // Slow enough (4 MB/s, in 200 KB bursts) to kill the process at chosen byte counts.
        const QString url = m_server.url(u"/large/%1.bin?seed=21&rate=4M"_s.arg(size)).toString();
        const qint64 itemId = addItem(profile.path(), url, size);

        QList<qint64> points;
        while (points.size() < 20) {
            const qint64 point = size / 40 + qint64(QRandomGenerator::global()->bounded(quint64(size - size / 20)));
            if (!points.contains(point))
                points << point;
        }
        std::sort(points.begin(), points.end());
        QList<qint64> kills;
        for (int i = 0; i < points.size(); ++i) {
            if (i % 2 == 0) // the server drops the connection there
                DownloadTest::request(m_server.url(u"/control/large/drop?at=%1"_s.arg(points.at(i))), "POST");
            else
                kills << points.at(i);
        }
        qInfo() << "interruption points" << points;

        const QString part = QDir(profile.path()).filePath(u"downloads/%1.bin.part"_s.arg(size));
        int killed = 0;
        int resumes = 0;
        QString finalPath;
        for (int run = 0; run < 40 && finalPath.isEmpty(); ++run) {
            QProcess process;
            process.start(QString::fromLocal8Bit(FRESHET_BINARY), {u"--profile"_s, profile.path(), u"download"_s, QString::number(itemId)});
            QVERIFY(process.waitForStarted());
            bool killedThisRun = false;
            while (!process.waitForFinished(5)) {
                if (killed < kills.size() && QFileInfo(part).size() >= kills.at(killed)) {
                    process.kill(); // SIGKILL: no chance to tidy up
                    process.waitForFinished();
                    ++killed;
                    killedThisRun = true;
                    break;
                }
            }
            const QString err = QString::fromUtf8(process.readAllStandardError());
            resumes += int(err.count(u"Resuming"_s));
            if (killedThisRun)
                continue;
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(err));
            finalPath = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        }
        QCOMPARE(killed, 10);
        // Not every armed drop shows as an interruption: a drop is used up by whichever request
        // covers it, including one killed before reaching it. The file must be right anyway.
        qInfo() << "kills:" << killed << "drops seen as interruptions:" << resumes;
        QVERIFY(resumes > 0);
        QVERIFY(!finalPath.isEmpty());
        QCOMPARE(QFileInfo(finalPath).absolutePath(), QDir(profile.path()).absoluteFilePath(u"downloads"_s));
        QCOMPARE(DownloadTest::sha256File(finalPath),
                 DownloadTest::request(m_server.url(u"/large/%1.bin.sha256?seed=21"_s.arg(size))).trimmed());
        QVERIFY(!QFile::exists(part));

        const CliRun list = runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject download = QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"downloads"_s).toArray().first().toObject();
        QCOMPARE(download.value(u"state"_s).toString(), u"completed"_s);
        QCOMPARE(download.value(u"bytesDone"_s).toInteger(), size);
        QCOMPARE(download.value(u"file"_s).toString(), finalPath);

        // Again: already there, nothing downloaded.
        const CliRun again = runFreshet({u"--profile"_s, profile.path(), u"download"_s, QString::number(itemId)});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.trimmed(), finalPath);
    }

    void fullDiskKeepsThePartAndResumes()
    {
        // A file-size limit on the process gives the same write failure as a full disk
        // (EFBIG instead of ENOSPC) without root or a loop device.
        constexpr qint64 size = 3 * 1024 * 1024;
        QTemporaryDir profile;
        const QString url = m_server.url(u"/large/%1.bin?seed=8"_s.arg(size)).toString();
        const qint64 itemId = addItem(profile.path(), url, size);
        QProcess limited;
        limited.setChildProcessModifier([] {
            const rlimit limit{1024 * 1024, 1024 * 1024};
            setrlimit(RLIMIT_FSIZE, &limit);
            signal(SIGXFSZ, SIG_IGN); // inherited across exec: write() fails instead of killing
        });
        limited.start(QString::fromLocal8Bit(FRESHET_BINARY), {u"--profile"_s, profile.path(), u"download"_s, QString::number(itemId)});
        QVERIFY(limited.waitForFinished(60000));
        const QString err = QString::fromUtf8(limited.readAllStandardError());
        QCOMPARE(limited.exitCode(), 3);
        QVERIFY2(err.contains(u"partial file"_s) && err.contains(u"resume"_s), qPrintable(err));
        const QString part = QDir(profile.path()).filePath(u"downloads/%1.bin.part"_s.arg(size));
        QVERIFY(QFileInfo(part).size() > 0);
        QVERIFY(QFileInfo(part).size() <= 1024 * 1024);

        const CliRun list = runFreshet({u"--profile"_s, profile.path(), u"downloads"_s});
        QVERIFY2(list.out.contains(u"Failed"_s) && list.out.contains(u"File too large"_s), qPrintable(list.out));

        const CliRun resumed = runFreshet({u"--profile"_s, profile.path(), u"download"_s, QString::number(itemId)});
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(DownloadTest::sha256File(resumed.out.trimmed()),
                 DownloadTest::request(m_server.url(u"/large/%1.bin.sha256?seed=8"_s.arg(size))).trimmed());
    }

    void smallFileSystemIsCheckedFirstAndFillsCleanly()
    {
        // A real full disk needs a small file system: a 2 MiB tmpfs, when this test may mount
        // one (root); the RLIMIT_FSIZE test above covers the write path everywhere.
        QTemporaryDir profile;
        const QString folder = QDir(profile.path()).filePath(u"small"_s);
        QDir().mkpath(folder);
        if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=2m"_s, u"tmpfs"_s, folder}) != 0)
            QSKIP("cannot mount a tmpfs here (not root?)");
        const auto unmount = qScopeGuard([&folder] { QProcess::execute(u"umount"_s, {folder}); });
        QCOMPARE(runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, u"--folder"_s, folder}).exitCode, 0);

        // The size is known up front: refused before a byte is written.
        const qint64 known = addItem(profile.path(), m_server.url(u"/large/3M.bin"_s).toString(), 3 * 1024 * 1024);
        const CliRun refused = runFreshet({u"--profile"_s, profile.path(), u"download"_s, QString::number(known)});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(u"Not enough free space"_s), qPrintable(refused.err));

        // Unknown size (no Content-Length, no feed length): the disk fills mid-way.
        const qint64 unknown = addItem(profile.path(), m_server.url(u"/large/3M.bin?seed=2&no-length=1"_s).toString(), -1);
        const CliRun full = runFreshet({u"--profile"_s, profile.path(), u"download"_s, QString::number(unknown)});
        QCOMPARE(full.exitCode, 3);
        QVERIFY2(full.err.contains(u"No space left on device"_s) && full.err.contains(u"partial file"_s), qPrintable(full.err));
        qint64 kept = 0;
        for (const QFileInfo &part : QDir(folder).entryInfoList({u"*.part"_s}, QDir::Files))
            kept = std::max(kept, part.size());
        QVERIFY2(kept > 1024 * 1024, qPrintable(QString::number(kept)));
    }

    void folderMustBeAFolderThatTakesFiles()
    {
        QTemporaryDir profile;
        QFile file(QDir(profile.path()).filePath(u"a-file"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const auto refused = [&profile](const QString &folder, const QString &expected) {
            const CliRun run = runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, u"--folder"_s, folder});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(expected), qPrintable(run.err));
            QCOMPARE(run.err.trimmed().count(u'\n'), 0);
            QVERIFY(run.out.isEmpty());
        };
        refused(file.fileName(), u"is a file, not a folder"_s);
        refused(u"/proc"_s, u"Cannot write to the folder /proc"_s);
        refused(u"/proc/freshet-no-such-folder/downloads"_s, u"Cannot create the folder"_s);
        // Nothing refused was kept.
        const CliRun list = runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"folder"_s).toString(),
                 QDir(profile.path()).absoluteFilePath(u"downloads"_s));

        // A folder that does not exist yet but can be made will do.
        const QString made = QDir(profile.path()).filePath(u"new/podcasts"_s);
        const CliRun set = runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, u"--folder"_s, made});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY(QFileInfo(made).isDir());
        QCOMPARE(QDir(made).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void failedAttemptLeavesTheRowToTheNextOne()
    {
        // A folder that refused files (stored by an older version, or made read-only since):
        // the attempt fails as itself, and the row is not left "running" for nobody.
        QTemporaryDir profile;
        constexpr qint64 size = 64 * 1024;
        const QString url = m_server.url(u"/large/%1.bin?seed=5"_s.arg(size)).toString();
        const qint64 itemId = addItem(profile.path(), url, size);
        {
            QSettings settings(Profile::resolve(profile.path()).settingsPath(), QSettings::IniFormat);
            settings.setValue(u"downloads/folder"_s, u"/proc"_s);
        }
        for (int attempt = 0; attempt < 2; ++attempt) {
            const CliRun failed = runFreshet({u"--profile"_s, profile.path(), u"download"_s, QString::number(itemId)});
            QCOMPARE(failed.exitCode, 3);
            QVERIFY2(!failed.err.contains(u"Another Freshet process"_s), qPrintable(failed.err));
            QVERIFY2(failed.err.contains(u"Cannot write in the folder /proc"_s), qPrintable(failed.err));
            const CliRun list = runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, u"--json"_s});
            const QJsonObject row = QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"downloads"_s).toArray().first().toObject();
            QCOMPARE(row.value(u"state"_s).toString(), u"failed"_s);
        }

        // Another folder: the next attempt takes the row and starts there.
        const QString folder = QDir(profile.path()).filePath(u"elsewhere"_s);
        QCOMPARE(runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, u"--folder"_s, folder}).exitCode, 0);
        const CliRun done = runFreshet({u"--profile"_s, profile.path(), u"download"_s, QString::number(itemId)});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(QFileInfo(done.out.trimmed()).absolutePath(), QDir(folder).absolutePath());
        QCOMPARE(QFileInfo(done.out.trimmed()).size(), size);
    }

    void withoutLibcurlADownloadFailsAsItselfAndNothingElseDoes()
    {
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
        // libcurl is loaded by the first download, not at start (services/downloads/
        // libcurlbinding.h): a broken copy found first by the loader stands in for a missing one.
        QTemporaryDir profile;
        QTemporaryDir brokenLibraries;
        QVERIFY(profile.isValid() && brokenLibraries.isValid());
        QFile broken(QDir(brokenLibraries.path()).filePath(u"libcurl.so.4"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly) && broken.write("not a shared library\n") > 0);
        broken.close();
        QProcessEnvironment withoutLibcurl = QProcessEnvironment::systemEnvironment();
        withoutLibcurl.insert(u"LD_LIBRARY_PATH"_s, brokenLibraries.path());

        constexpr qint64 size = 64 * 1024;
        const qint64 itemId = addItem(profile.path(), m_server.url(u"/large/%1.bin?seed=6"_s.arg(size)).toString(), size);
        const CliRun list = runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, u"--json"_s}, withoutLibcurl);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const CliRun failed = runFreshet({u"--profile"_s, profile.path(), u"download"_s, QString::number(itemId)}, withoutLibcurl);
        QCOMPARE(failed.exitCode, 3);
        QVERIFY2(failed.err.contains(u"Downloads need libcurl (libcurl.so.4), which could not be loaded: "_s), qPrintable(failed.err));
        QVERIFY2(failed.err.contains(brokenLibraries.path()), qPrintable(failed.err)); // the loader's own reason, naming the file
        // Said once: trying again cannot help until libcurl is there.
        QCOMPARE(failed.err.count(u"Downloads need libcurl"_s), 1);
        QVERIFY2(!failed.err.contains(u"Resuming"_s), qPrintable(failed.err));

        const CliRun done = runFreshet({u"--profile"_s, profile.path(), u"download"_s, QString::number(itemId)});
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(QFileInfo(done.out.trimmed()).size(), size);
#else
        QSKIP("LD_LIBRARY_PATH puts a broken libcurl first only for glibc's loader");
#endif
    }

    void rowOfAKilledProcessIsTakenOver()
    {
        QTemporaryDir profile;
        constexpr qint64 size = killedSize;
        qint64 itemId = 0;
        QString part;
        downloadKilledMidway(profile.path(), 6, &itemId, &part);
        if (QTest::currentTestFailed())
            return;
        const CliRun list = runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, u"--json"_s});
        const QJsonObject row = QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"downloads"_s).toArray().first().toObject();
        QCOMPARE(row.value(u"state"_s).toString(), u"running"_s); // its owner is gone

        const CliRun next = runFreshet({u"--profile"_s, profile.path(), u"download"_s, QString::number(itemId)});
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        QCOMPARE(QFileInfo(next.out.trimmed()).size(), size);
    }

    void theDownloadsWindowsButtonsAreCommandsToo()
    {
        QTemporaryDir profile;
        constexpr qint64 size = killedSize;
        qint64 itemId = 0;
        QString part;
        downloadKilledMidway(profile.path(), 8, &itemId, &part);
        if (QTest::currentTestFailed())
            return;
        const auto row = [&] {
            const CliRun list = runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, u"--json"_s});
            return QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"downloads"_s).toArray().first().toObject();
        };
        const QString id = QString::number(row().value(u"id"_s).toInteger());
        const auto change = [&](const QString &option) {
            return runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, option, id, u"--json"_s});
        };

        CliRun paused = change(u"--pause"_s);
        QVERIFY2(paused.exitCode == 0, qPrintable(paused.out + paused.err));
        QCOMPARE(QJsonDocument::fromJson(paused.out.toUtf8()).object().value(u"done"_s).toBool(), true);
        QCOMPARE(row().value(u"state"_s).toString(), u"paused"_s);
        const qint64 kept = QFileInfo(part).size();
        QVERIFY(kept >= 256 * 1024);

        // Queued again, not started: the command ends at once and must not begin a transfer.
        const CliRun resumed = runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, u"--resume"_s, id});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains(u"freshet download ITEM_ID"_s), qPrintable(resumed.err));
        QCOMPARE(row().value(u"state"_s).toString(), u"queued"_s);
        QCOMPARE(QFileInfo(part).size(), kept);

        {
            // Another process holds the .part: cancelling it here would pull it from under that
            // process, so it is refused and nothing is deleted.
            QLockFile elsewhere(part + u".lock"_s);
            QVERIFY(elsewhere.tryLock(0));
            const CliRun refused = runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, u"--cancel"_s, id});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(u"Another Freshet process is downloading"_s), qPrintable(refused.err));
            QCOMPARE(QFileInfo(part).size(), kept);
            QCOMPARE(row().value(u"state"_s).toString(), u"queued"_s);
        }

        const CliRun cancelled = change(u"--cancel"_s);
        QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.out + cancelled.err));
        QVERIFY(!QFileInfo::exists(part));
        QCOMPARE(row().value(u"state"_s).toString(), u"cancelled"_s);

        // Downloading it now starts again from nothing, with the outcome as JSON.
        const CliRun downloaded = runFreshet({u"--profile"_s, profile.path(), u"download"_s, QString::number(itemId), u"--json"_s});
        QVERIFY2(downloaded.exitCode == 0, qPrintable(downloaded.err));
        const QJsonObject outcome = QJsonDocument::fromJson(downloaded.out.toUtf8()).object();
        QCOMPARE(outcome.value(u"done"_s).toBool(), true);
        QCOMPARE(row().value(u"state"_s).toString(), u"completed"_s);
        const QString file = row().value(u"file"_s).toString();
        QVERIFY2(outcome.value(u"message"_s).toString().contains(file), qPrintable(downloaded.out));
        QCOMPARE(QFileInfo(file).size(), size);

        for (const QStringList &wrong : {QStringList{u"--pause"_s, u"abc"_s}, QStringList{u"--pause"_s, id, u"--cancel"_s, id},
                                         QStringList{u"--pause"_s, u"999"_s}}) {
            const CliRun run = runFreshet(QStringList{u"--profile"_s, profile.path(), u"downloads"_s} + wrong);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.startsWith(u"freshet: "_s), qPrintable(run.err));
            QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        }
        // For scripts, a number that names no download is "notFound", not a storage failure.
        const CliRun missing = runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, u"--pause"_s, u"999"_s, u"--json"_s});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(missing.out.toUtf8()).object().value(u"failure"_s).toString(), u"notFound"_s);
    }

    void onlyWebEnclosuresAreDownloaded()
    {
        // Addresses as a feed gives them, through the real fetch and parse.
        RoutedServer server;
        server.route("GET /odd.xml", "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml",
                     "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Odd</title><link>http://127.0.0.1/</link>"
                     "<description>d</description>"
                     "<item><title>javascript</title><guid>js</guid><enclosure url=\"javascript:alert(1)\" type=\"audio/mpeg\" length=\"9\"/></item>"
                     "<item><title>file</title><guid>file</guid><enclosure url=\"file:///etc/hostname\" type=\"audio/mpeg\"/></item>"
                     "<item><title>ftp</title><guid>ftp</guid><enclosure url=\"ftp://127.0.0.1/a.mp3\" type=\"audio/mpeg\"/></item>"
                     "</channel></rss>");
        QTemporaryDir profile;
        QVERIFY(subscribeAsGiven(profile.path(), {server.url(u"/odd.xml"_s).toString()}));
        const CliRun fetched = runServing({u"--profile"_s, profile.path(), u"fetch"_s, u"--all"_s});
        QVERIFY2(fetched.exitCode == 0, qPrintable(fetched.err));
        const CliRun items = runFreshet({u"--profile"_s, profile.path(), u"items"_s, u"--json"_s});
        const QJsonArray array = QJsonDocument::fromJson(items.out.toUtf8()).array();
        QCOMPARE(array.size(), 3);
        for (const QJsonValue &item : array) {
            const QString scheme = QUrl(item[u"enclosures"_s][0][u"url"_s].toString()).scheme();
            QCOMPARE(scheme, item[u"title"_s].toString());
            const CliRun run = runFreshet({u"--profile"_s, profile.path(), u"download"_s, QString::number(item[u"id"_s].toInteger())});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(u"a %1: address, not http or https"_s.arg(scheme)), qPrintable(run.err));
            QCOMPARE(run.err.trimmed().count(u'\n'), 0);
        }
        // Refused before anything was made: no row, no .part, not even the folder.
        const CliRun list = runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"downloads"_s).toArray().size(), 0);
        QVERIFY(!QFileInfo::exists(QDir(profile.path()).filePath(u"downloads"_s)));
    }

    void unknownItemIsAClearError()
    {
        QTemporaryDir profile;
        const CliRun run = runFreshet({u"--profile"_s, profile.path(), u"download"_s, u"999"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"999"_s) && run.err.contains(u"enclosure"_s), qPrintable(run.err));
        QCOMPARE(runFreshet({u"--profile"_s, profile.path(), u"download"_s, u"abc"_s}).exitCode, 1);
    }

    void autoDownloadShowsAndChangesAFeedsSetting()
    {
        QTemporaryDir profile;
        const QString feed = m_server.url(u"/gen/2.xml?items=1"_s).toString();
        QCOMPARE(runFreshet({u"--profile"_s, profile.path(), u"add"_s, feed}).exitCode, 0);
        const auto show = [&profile, &feed] {
            const CliRun run = runFreshet({u"--profile"_s, profile.path(), u"auto-download"_s, feed, u"--json"_s});
            if (run.exitCode != 0)
                qWarning("%s", qPrintable(run.err));
            return QJsonDocument::fromJson(run.out.toUtf8()).object();
        };
        QJsonObject setting = show();
        QCOMPARE(setting.value(u"feed"_s).toString(), feed);
        QCOMPARE(setting.value(u"automatic"_s).toBool(true), false);
        QVERIFY(setting.value(u"maxBytes"_s).isNull());
        QCOMPARE(setting.value(u"unmeteredOnly"_s).toBool(false), true);

        const CliRun on = runFreshet({u"--profile"_s, profile.path(), u"auto-download"_s, feed, u"on"_s, u"--max-size"_s, u"500M"_s,
                                      u"--unmetered-only"_s, u"off"_s});
        QVERIFY2(on.exitCode == 0, qPrintable(on.err));
        QVERIFY2(on.out.contains(u"Automatic downloads for %1: on"_s.arg(feed)), qPrintable(on.out));
        QVERIFY2(on.out.contains(u"Size limit: 500"_s), qPrintable(on.out));
        QVERIFY2(on.out.contains(u"Only on unmetered networks: off"_s), qPrintable(on.out));
        {
            // Stored where the window and background runs read it.
            auto store = FeedStore::open(QDir(profile.path()).filePath(u"freshet.db"_s), u"tst-autodownload"_s).value();
            const Result<FeedDownloadSettings> stored = DownloadStore(store->database()).feedSettings(store->feeds().value().first().id);
            QVERIFY(stored);
            QVERIFY(stored.value().automatic);
            QCOMPARE(stored.value().maxBytes, 500LL * 1024 * 1024);
            QVERIFY(!stored.value().unmeteredOnly);
        }

        // An option alone changes only itself.
        QCOMPARE(runFreshet({u"--profile"_s, profile.path(), u"auto-download"_s, feed, u"--max-size"_s, u"1.5G"_s}).exitCode, 0);
        setting = show();
        QCOMPARE(setting.value(u"automatic"_s).toBool(), true);
        QCOMPARE(setting.value(u"maxBytes"_s).toInteger(), 1536LL * 1024 * 1024);
        QCOMPARE(setting.value(u"unmeteredOnly"_s).toBool(true), false);
        QCOMPARE(runFreshet({u"--profile"_s, profile.path(), u"auto-download"_s, feed, u"off"_s, u"--max-size"_s, u"none"_s}).exitCode, 0);
        setting = show();
        QCOMPARE(setting.value(u"automatic"_s).toBool(true), false);
        QVERIFY(setting.value(u"maxBytes"_s).isNull());

        // Mistakes: one line on stderr, exit 1, nothing changed.
        const auto refused = [&profile](const QStringList &arguments, const QString &expected) {
            const CliRun run = runFreshet(QStringList{u"--profile"_s, profile.path(), u"auto-download"_s} + arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(expected), qPrintable(run.err));
            QCOMPARE(run.err.trimmed().count(u'\n'), 0);
            QVERIFY(run.out.isEmpty());
        };
        refused({u"https://not.subscribed.example/feed"_s, u"on"_s}, u"Not subscribed"_s);
        refused({feed, u"on"_s, u"--max-size"_s, u"lots"_s}, u"--max-size"_s);
        refused({feed, u"on"_s, u"--max-size"_s, u"0"_s}, u"--max-size"_s);
        refused({feed, u"maybe"_s}, u"maybe"_s);
        refused({feed, u"on"_s, u"--unmetered-only"_s, u"sometimes"_s}, u"--unmetered-only"_s);
        QCOMPARE(runFreshet({u"--profile"_s, profile.path(), u"auto-download"_s}).exitCode, 1);
        QCOMPARE(show().value(u"automatic"_s).toBool(true), false);

        // Another profile has its own feeds.
        QTemporaryDir other;
        const CliRun elsewhere = runFreshet({u"--profile"_s, other.path(), u"auto-download"_s, feed, u"on"_s});
        QCOMPARE(elsewhere.exitCode, 1);
        QVERIFY2(elsewhere.err.contains(u"Not subscribed"_s), qPrintable(elsewhere.err));
    }

    void backgroundRunSpendsTheRestOfItsBudgetOnDownloads()
    {
        QTemporaryDir profile;
        const QString feed = m_server.url(u"/gen/3.xml?items=2&enclosure-size=1M"_s).toString();
        // Over the size limit: never queued.
        const QString tooLarge = m_server.url(u"/gen/4.xml?items=1&enclosure-size=3M"_s).toString();
        QCOMPARE(runFreshet({u"--profile"_s, profile.path(), u"add"_s, feed, tooLarge}).exitCode, 0);
        for (const QString &url : {feed, tooLarge}) {
            const CliRun on = runFreshet({u"--profile"_s, profile.path(), u"auto-download"_s, url, u"on"_s, u"--max-size"_s,
                                          u"2M"_s, u"--unmetered-only"_s, u"off"_s});
            QVERIFY2(on.exitCode == 0, qPrintable(on.err));
        }
        // New items after automatic downloads were turned on: two here, one there.
        DownloadTest::request(m_server.url(u"/control/bump?feed=3&count=2"_s), "POST");
        DownloadTest::request(m_server.url(u"/control/bump?feed=4&count=1"_s), "POST");
        // Qt names each plugin folder it reads: whether the network is metered is asked of the
        // OS (QNetworkInformation's plugins) when there is something to download, and only then.
        QProcessEnvironment pluginsShown = QProcessEnvironment::systemEnvironment();
        pluginsShown.insert(u"QT_DEBUG_PLUGINS"_s, u"1"_s);
        const CliRun run = runFreshet({u"--profile"_s, profile.path(), u"fetch"_s, u"--all"_s, u"--background"_s, u"--deadline"_s, u"20"_s},
                                      pluginsShown);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"networkinformation"_s), qPrintable(run.err));
        const CliRun list = runFreshet({u"--profile"_s, profile.path(), u"downloads"_s, u"--json"_s});
        const QJsonArray downloads = QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"downloads"_s).toArray();
        QCOMPARE(downloads.size(), 2);
        for (const QJsonValue &download : downloads) {
            QCOMPARE(download[u"state"_s].toString(), u"completed"_s);
            QVERIFY(download[u"automatic"_s].toBool());
            QCOMPARE(QFileInfo(download[u"file"_s].toString()).size(), 1024 * 1024);
        }

        const CliRun nothingToDownload = runFreshet({u"--profile"_s, profile.path(), u"fetch"_s, u"--all"_s, u"--background"_s,
                                                     u"--deadline"_s, u"20"_s},
                                                    pluginsShown);
        QVERIFY2(nothingToDownload.exitCode == 0, qPrintable(nothingToDownload.err));
        QVERIFY2(!nothingToDownload.err.contains(u"networkinformation"_s), qPrintable(nothingToDownload.err));
    }

private:
    /// runFreshet, with this thread's event loop running meanwhile, for servers living on it.
    static CliRun runServing(const QStringList &arguments)
    {
        QProcess process;
        process.start(QString::fromLocal8Bit(FRESHET_BINARY), arguments);
        CliRun run;
        if (!process.waitForStarted() || !QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000))
            return run;
        run.exitCode = process.exitCode();
        run.exitStatus = process.exitStatus();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    qint64 addItem(const QString &profileDir, const QString &url, qint64 length)
    {
        auto store = FeedStore::open(QDir(profileDir).filePath(u"freshet.db"_s), u"tst-downloadcli"_s);
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return DownloadTest::addItemWithEnclosure(*store.value(), url, length);
    }

    FeedServerProcess m_server;
};

QTEST_GUILESS_MAIN(TestDownloadCli)
#include "tst_downloadcli.moc"
