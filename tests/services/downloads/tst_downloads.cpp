// SPDX-License-Identifier: MIT
// Enclosure downloads against the loopback feed server, with real files: resuming after
// dropped connections, restarting when the server's file changed or it ignores Range, 416 on a
// finished .part, hostile names, a length the server cannot vouch for, failures no retry can fix,
// and the deadline.
#include "downloadtesthelpers.h"
#include "feedserverprocess.h"
#include "localhosttls.h"
#include "testprofile.h"

#include "downloads/downloadmanager.h"
#include "downloads/downloadstore.h"
#include "storage/storethread.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslServer>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

/// Runs the manager until it has nothing left to do (or the timeout), then returns the record.
Download runUntilIdle(DownloadManager &manager, qint64 id, int timeoutMs = 60000)
{
    QSignalSpy idle(&manager, &DownloadManager::idle);
    manager.schedule();
    if (!manager.isIdle())
        idle.wait(timeoutMs);
    const auto found = manager.download(id);
    return found && found.value() ? *found.value() : Download{};
}

} // namespace

class TestDownloads final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void init()
    {
        m_profile = std::make_unique<TestProfile>();
        m_store = m_profile->openStore(u"tst-downloads"_s);
        m_folder = QDir(m_profile->path()).filePath(u"downloads"_s);
        m_writer = std::make_unique<StoreThread>(m_profile->databasePath());
        QVERIFY(m_writer->start());
        m_manager = std::make_unique<DownloadManager>(m_writer.get(), m_folder);
        QVERIFY(m_manager->open());
        DownloadTest::request(m_server.url(u"/control/large/version?version=1"_s), "POST");
    }

    void cleanup()
    {
        m_manager.reset();
        m_writer.reset();
        m_store.reset();
        m_profile.reset();
    }

    void resumesAfterTwentyDroppedConnections()
    {
        constexpr qint64 size = 8 * 1024 * 1024 + 333;
        const QString url = m_server.url(u"/large/%1.bin?seed=7"_s.arg(size)).toString();
        QSet<qint64> points;
        while (points.size() < 20)
            points.insert(1 + qint64(QRandomGenerator::global()->bounded(quint64(size - 1))));
        for (qint64 point : points)
            DownloadTest::request(m_server.url(u"/control/large/drop?at=%1"_s.arg(point)), "POST");
        m_manager->setMaxAttempts(3);

        const qint64 itemId = DownloadTest::addItemWithEnclosure(*m_store, url, size);
        const Download queued = m_manager->queueItem(itemId).value();
        QSignalSpy changes(m_manager.get(), &DownloadManager::changed);
        const Download done = runUntilIdle(*m_manager, queued.id, 120000);
        QCOMPARE(done.state, DownloadState::Completed);
        QCOMPARE(QFileInfo(done.targetPath).size(), size);
        QCOMPARE(DownloadTest::sha256File(done.targetPath),
                 DownloadTest::request(m_server.url(u"/large/%1.bin.sha256?seed=7"_s.arg(size))).trimmed());
        QCOMPARE(QFileInfo(done.targetPath).absolutePath(), QDir(m_folder).absolutePath());
        QVERIFY(!QFile::exists(done.partPath));
        int resumes = 0;
        for (const QList<QVariant> &change : changes)
            resumes += change.first().value<Download>().error.contains(u"Resuming"_s) ? 1 : 0;
        // Fewer interruptions are seen than drops were armed (12-13 of 20 in runs here): not
        // pinned down; Qt's HTTP channel may retry a request itself after an early close. What
        // must hold is the file.
        qInfo() << "drops seen as interruptions:" << resumes << "of" << points.size();
        QVERIFY(resumes > 0);
    }

    void fileChangedOnServerRestartsFromZero()
    {
        constexpr qint64 size = 4 * 1024 * 1024;
        const QString url = m_server.url(u"/large/%1.bin?seed=11"_s.arg(size)).toString();
        DownloadTest::request(m_server.url(u"/control/large/drop?at=%1"_s.arg(size / 2)), "POST");
        const qint64 itemId = DownloadTest::addItemWithEnclosure(*m_store, url, size);
        const Download queued = m_manager->queueItem(itemId).value();
        // When the drop is reported (before the resume), the file changes on the server.
        bool changed = false;
        qint64 partBeforeChange = 0;
        connect(m_manager.get(), &DownloadManager::changed, this, [&](const Download &d) {
            if (!changed && d.state == DownloadState::Queued && !d.error.isEmpty()) {
                changed = true;
                // At most the bytes before the drop (the server's close may discard some).
                partBeforeChange = QFileInfo(d.partPath).size();
                DownloadTest::request(m_server.url(u"/control/large/version?version=2"_s), "POST");
            }
        });
        const Download done = runUntilIdle(*m_manager, queued.id);
        QVERIFY(changed);
        QVERIFY2(partBeforeChange > 0 && partBeforeChange <= size / 2, qPrintable(QString::number(partBeforeChange)));
        QCOMPARE(done.state, DownloadState::Completed);
        const QByteArray v2 = DownloadTest::request(m_server.url(u"/large/%1.bin.sha256?seed=11&version=2"_s.arg(size))).trimmed();
        const QByteArray v1 = DownloadTest::request(m_server.url(u"/large/%1.bin.sha256?seed=11&version=1"_s.arg(size))).trimmed();
        QVERIFY(v1 != v2);
        QCOMPARE(DownloadTest::sha256File(done.targetPath), v2);
        QCOMPARE(done.etag, u"\"large-%1-11-v2\""_s.arg(size));
    }

    void serverIgnoringRangeRestartsFromZero()
    {
        constexpr qint64 size = 3 * 1024 * 1024 + 5;
        const QString url = m_server.url(u"/large/%1.bin?seed=3&ignore-range=1"_s.arg(size)).toString();
        DownloadTest::request(m_server.url(u"/control/large/drop?at=%1"_s.arg(size / 3)), "POST");
        const qint64 itemId = DownloadTest::addItemWithEnclosure(*m_store, url, size);
        const Download done = runUntilIdle(*m_manager, m_manager->queueItem(itemId).value().id);
        QCOMPARE(done.state, DownloadState::Completed);
        QCOMPARE(DownloadTest::sha256File(done.targetPath),
                 DownloadTest::request(m_server.url(u"/large/%1.bin.sha256?seed=3"_s.arg(size))).trimmed());
    }

    void finishedPartGets416AndCompletes()
    {
        constexpr qint64 size = 100000;
        const QString url = m_server.url(u"/large/%1.bin?seed=5"_s.arg(size)).toString();
        const qint64 itemId = DownloadTest::addItemWithEnclosure(*m_store, url, size);
        Download queued = m_manager->queueItem(itemId).value();
        // A process killed between the last byte and the rename left the whole file as .part.
        QDir().mkpath(m_folder);
        QFile part(queued.partPath);
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(DownloadTest::request(QUrl(url)));
        part.close();
        queued.etag = u"\"large-%1-5-v1\""_s.arg(size);
        QVERIFY(DownloadStore(m_store->database()).save(queued));
        const Download done = runUntilIdle(*m_manager, queued.id);
        QCOMPARE(done.state, DownloadState::Completed);
        QCOMPARE(QFileInfo(done.targetPath).size(), size);
        QCOMPARE(DownloadTest::sha256File(done.targetPath),
                 DownloadTest::request(m_server.url(u"/large/%1.bin.sha256?seed=5"_s.arg(size))).trimmed());
    }

    void hostileNamesStayInsideTheFolder_data()
    {
        QTest::addColumn<QString>("filename");
        QTest::addColumn<QString>("expected");
        QTest::newRow("traversal") << u"../../etc/passwd"_s << u"passwd"_s;
        QTest::newRow("absolute") << u"/tmp/evil.sh"_s << u"evil.sh"_s;
        QTest::newRow("dot dot") << u".."_s << u"1000.bin"_s;
        QTest::newRow("backslashes") << u"..\\..\\win.ini"_s << u"win.ini"_s;
        QTest::newRow("long") << QString(300, u'n') + u".mp3"_s << QString();
    }

    void hostileNamesStayInsideTheFolder()
    {
        QFETCH(QString, filename);
        QFETCH(QString, expected);
        QUrl url = m_server.url(u"/large/1000.bin"_s);
        url.setQuery(u"filename="_s + QString::fromLatin1(QUrl::toPercentEncoding(filename)));
        const qint64 itemId = DownloadTest::addItemWithEnclosure(*m_store, url.toString(), 1000);
        const Download done = runUntilIdle(*m_manager, m_manager->queueItem(itemId).value().id);
        QCOMPARE(done.state, DownloadState::Completed);
        const QFileInfo target(done.targetPath);
        QCOMPARE(target.absolutePath(), QDir(m_folder).absolutePath());
        if (!expected.isEmpty())
            QCOMPARE(target.fileName(), expected);
        QVERIFY(target.fileName().toUtf8().size() <= 180);
        QVERIFY(!target.fileName().startsWith(u'.'));
    }

    void collidingNamesGetANumber()
    {
        QStringList names;
        for (int seed = 1; seed <= 3; ++seed) {
            const QString url = m_server.url(u"/large/2000.bin?seed=%1"_s.arg(seed)).toString();
            const qint64 itemId = DownloadTest::addItemWithEnclosure(*m_store, url, 2000);
            const Download done = runUntilIdle(*m_manager, m_manager->queueItem(itemId).value().id);
            QCOMPARE(done.state, DownloadState::Completed);
            names << QFileInfo(done.targetPath).fileName();
        }
        QCOMPARE(names, (QStringList{u"2000.bin"_s, u"2000 (2).bin"_s, u"2000 (3).bin"_s}));
    }

    void lengthMismatchIsAnError()
    {
        // No Content-Length, and fewer bytes than the feed announced: never silently "done".
        const QString url = m_server.url(u"/large/5000.bin?no-length=1"_s).toString();
        const qint64 itemId = DownloadTest::addItemWithEnclosure(*m_store, url, 8000);
        const Download done = runUntilIdle(*m_manager, m_manager->queueItem(itemId).value().id);
        QCOMPARE(done.state, DownloadState::Failed);
        QVERIFY2(done.error.contains(u"8000"_s) && done.error.contains(u"5000"_s), qPrintable(done.error));
        QVERIFY(QFile::exists(done.partPath)); // kept
        QVERIFY(done.targetPath.isEmpty());
    }

    void httpErrorsAreShown()
    {
        const qint64 itemId = DownloadTest::addItemWithEnclosure(*m_store, m_server.url(u"/fault/404"_s).toString());
        const Download done = runUntilIdle(*m_manager, m_manager->queueItem(itemId).value().id);
        QCOMPARE(done.state, DownloadState::Failed);
        QVERIFY2(done.error.contains(u"404"_s), qPrintable(done.error));
        QVERIFY2(!QFile::exists(done.partPath), "an empty .part was left in the downloads folder");
    }

    /// What the server's set-up decides fails on the first attempt: a redirect loop or a refused
    /// certificate ends the same way every time, so "Resuming…" would only delay the message.
    void whatNoRetryCanFixFailsAtOnce_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("expected");
        QTest::newRow("redirect loop") << false << u"loop"_s;
        QTest::newRow("untrusted certificate") << true << u"secure connection"_s;
    }

    void whatNoRetryCanFixFailsAtOnce()
    {
        QFETCH(bool, tls);
        QFETCH(QString, expected);
        QSslServer untrusted;
        QString url = m_server.url(u"/fault/loop/0"_s).toString();
        if (tls) {
            untrusted.setSslConfiguration(LocalhostTls::server());
            QVERIFY(untrusted.listen(QHostAddress::LocalHost));
            url = u"https://localhost:%1/episode.mp3"_s.arg(untrusted.serverPort());
        }
        const qint64 itemId = DownloadTest::addItemWithEnclosure(*m_store, url);
        QSignalSpy changes(m_manager.get(), &DownloadManager::changed);
        const Download done = runUntilIdle(*m_manager, m_manager->queueItem(itemId).value().id);
        QCOMPARE(done.state, DownloadState::Failed);
        QVERIFY2(done.error.contains(expected), qPrintable(done.error));
        QVERIFY2(!QFile::exists(done.partPath), "an empty .part was left in the downloads folder");
        for (const QList<QVariant> &change : std::as_const(changes)) {
            const Download seen = change.first().value<Download>();
            QVERIFY2(!seen.error.contains(u"Resuming"_s), qPrintable(seen.error));
        }
    }

    /// A dropped connection is still worth another attempt (resumesAfterTwentyDroppedConnections
    /// for the whole file); this is the "Resuming…" the cases above must not show.
    void aDroppedConnectionIsRetried()
    {
        constexpr qint64 size = 1024 * 1024;
        const QString url = m_server.url(u"/large/%1.bin?seed=5"_s.arg(size)).toString();
        DownloadTest::request(m_server.url(u"/control/large/drop?at=%1"_s.arg(size / 2)), "POST");
        const qint64 itemId = DownloadTest::addItemWithEnclosure(*m_store, url, size);
        QSignalSpy changes(m_manager.get(), &DownloadManager::changed);
        const Download done = runUntilIdle(*m_manager, m_manager->queueItem(itemId).value().id);
        QCOMPARE(done.state, DownloadState::Completed);
        const bool resumed = std::any_of(changes.cbegin(), changes.cend(), [](const QList<QVariant> &change) {
            return change.first().value<Download>().error.contains(u"Resuming"_s);
        });
        QVERIFY(resumed);
    }

    void sizeLimitRefusesLargerFiles()
    {
        const qint64 itemId = DownloadTest::addItemWithEnclosure(*m_store, m_server.url(u"/large/2M.bin"_s).toString());
        QVERIFY(DownloadStore(m_store->database()).setFeedSettings(m_store->feeds().value().first().id, {true, 1024 * 1024, false}));
        // Turned on after the item arrived: it is not queued, only later ones are.
        QCOMPARE(m_manager->queueAutomatic().value(), 0);
        const qint64 later = DownloadTest::addItemWithEnclosure(*m_store, m_server.url(u"/large/3M.bin"_s).toString());
        const qint64 small = DownloadTest::addItemWithEnclosure(*m_store, m_server.url(u"/large/100K.bin"_s).toString());
        QCOMPARE(m_manager->queueAutomatic().value(), 2);
        QCOMPARE(m_manager->queueAutomatic().value(), 0); // once
        runUntilIdle(*m_manager, 0);
        DownloadStore downloads(m_store->database());
        const Download big = *downloads.byItem(later, m_server.url(u"/large/3M.bin"_s).toString()).value();
        QCOMPARE(big.state, DownloadState::Failed);
        QVERIFY2(big.error.contains(u"limit"_s), qPrintable(big.error));
        QCOMPARE(downloads.byItem(small, m_server.url(u"/large/100K.bin"_s).toString()).value()->state, DownloadState::Completed);
        Q_UNUSED(itemId);
    }

    void unmeteredOnlyWaitsOnAMeteredNetwork()
    {
        DownloadTest::addItemWithEnclosure(*m_store, m_server.url(u"/large/1K.bin?x=0"_s).toString()); // creates the feed
        QVERIFY(DownloadStore(m_store->database()).setFeedSettings(m_store->feeds().value().first().id, {true, -1, true}));
        const qint64 itemId = DownloadTest::addItemWithEnclosure(*m_store, m_server.url(u"/large/1K.bin"_s).toString());
        m_manager->setMetered(true);
        QCOMPARE(m_manager->queueAutomatic().value(), 1);
        const Download waiting = runUntilIdle(*m_manager, m_manager->queueItem(itemId).value().id, 2000);
        QCOMPARE(waiting.state, DownloadState::Queued);
        m_manager->setMetered(false);
        QCOMPARE(runUntilIdle(*m_manager, waiting.id).state, DownloadState::Completed);
    }

    void deadlineStopsAndTheNextRunContinues()
    {
        constexpr qint64 size = 2 * 1024 * 1024;
        const QString url = m_server.url(u"/large/%1.bin?seed=9&rate=1M"_s.arg(size)).toString();
        const qint64 itemId = DownloadTest::addItemWithEnclosure(*m_store, url, size);
        const qint64 id = m_manager->queueItem(itemId).value().id;
        QElapsedTimer clock;
        clock.start();
        m_manager->setDeadline(QDeadlineTimer(1500));
        const Download stopped = runUntilIdle(*m_manager, id);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(stopped.state, DownloadState::Queued);
        const qint64 kept = QFileInfo(stopped.partPath).size();
        QVERIFY2(kept > 0 && kept < size, qPrintable(QString::number(kept)));

        // The next run (another manager, as after a restart) resumes from the .part.
        m_manager = std::make_unique<DownloadManager>(m_writer.get(), m_folder);
        QVERIFY(m_manager->open());
        const Download done = runUntilIdle(*m_manager, id);
        QCOMPARE(done.state, DownloadState::Completed);
        QCOMPARE(DownloadTest::sha256File(done.targetPath),
                 DownloadTest::request(m_server.url(u"/large/%1.bin.sha256?seed=9"_s.arg(size))).trimmed());
    }

    void pauseResumeAndCancel()
    {
        constexpr qint64 size = 2 * 1024 * 1024;
        const QString url = m_server.url(u"/large/%1.bin?seed=4&rate=2M"_s.arg(size)).toString();
        const qint64 itemId = DownloadTest::addItemWithEnclosure(*m_store, url, size);
        const qint64 id = m_manager->queueItem(itemId).value().id;
        QSignalSpy progress(m_manager.get(), &DownloadManager::progressed);
        m_manager->schedule();
        const QString partPath = m_manager->download(id).value()->partPath;
        QTRY_VERIFY(QFileInfo(partPath).size() > 0);
        QVERIFY(m_manager->pause(id));
        QTRY_COMPARE(m_manager->download(id).value()->state, DownloadState::Paused);
        const QString part = m_manager->download(id).value()->partPath;
        QVERIFY(QFileInfo(part).size() > 0);
        QVERIFY(m_manager->resume(id));
        QVERIFY(progress.wait(5000));
        QVERIFY(m_manager->cancel(id));
        QTRY_COMPARE(m_manager->download(id).value()->state, DownloadState::Cancelled);
        QVERIFY(!QFile::exists(part));
        QVERIFY(m_manager->retry(id));
        const Download done = runUntilIdle(*m_manager, id);
        QCOMPARE(done.state, DownloadState::Completed);
        QCOMPARE(QFileInfo(done.targetPath).size(), size);
    }

private:
    FeedServerProcess m_server;
    std::unique_ptr<TestProfile> m_profile;
    std::unique_ptr<FeedStore> m_store;
    std::unique_ptr<StoreThread> m_writer;
    std::unique_ptr<DownloadManager> m_manager;
    QString m_folder;
};

QTEST_GUILESS_MAIN(TestDownloads)
#include "tst_downloads.moc"
