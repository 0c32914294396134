// SPDX-License-Identifier: MIT
// One writer per process: a real sync (against the loopback Google Reader server, which reads
// the loopback feed server) and real downloads (over loopback) write only through the store
// thread's connection. SQLite's PRAGMA data_version, read on that connection, moves only when
// another connection commits, so it must stand still while they run; and all they did must
// have landed. The downloads' reading connection refuses writes.
#include "feedserverprocess.h"
#include "greaderserverprocess.h"
#include "testprofile.h"

#include "downloads/downloadmanager.h"
#include "downloads/downloadthread.h"
#include "storage/database.h"
#include "storage/storethread.h"
#include "sync/greader/greaderclient.h"
#include "sync/syncrunner.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {
const QString User = u"alice"_s;
const QString Password = u"one-writer-test-pw"_s;
constexpr int Items = 5;
constexpr qint64 EnclosureSize = 64 * 1024;

/// The first column of the first row of sql, on the store thread's connection.
Result<qint64> scalarOnWriter(StoreThread &store, const QString &sql)
{
    return store.call([&sql](FeedStore &feeds) {
        QSqlQuery query(feeds.database());
        if (!query.exec(sql) || !query.next())
            return Result<qint64>::failure(describeSqlError(query.lastError()));
        return Result<qint64>::success(query.value(0).toLongLong());
    });
}

Result<QList<qint64>> syncedItemsWithEnclosures(StoreThread &store)
{
    return store.call([](FeedStore &feeds) {
        QSqlQuery query(feeds.database());
        QList<qint64> ids;
        if (!query.exec(u"SELECT DISTINCT items.id FROM items JOIN enclosures ON enclosures.item_id = items.id "
                        "WHERE items.remote_id IS NOT NULL ORDER BY items.id"_s))
            return Result<QList<qint64>>::failure(describeSqlError(query.lastError()));
        while (query.next())
            ids << query.value(0).toLongLong();
        return Result<QList<qint64>>::success(ids);
    });
}
} // namespace

class TestOneWriter final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY2(m_feeds.start(), qPrintable(m_feeds.errorString()));
        // Pages of two: the sync stores page after page, as a large first sync does.
        QVERIFY2(m_greader.start({u"--user"_s, User, u"--password"_s, Password, u"--max-page-size"_s, u"2"_s}),
                 qPrintable(m_greader.errorString()));
    }

    void cleanup()
    {
        QVERIFY(m_greader.stop());
        QVERIFY(m_feeds.stop());
    }

    void syncAndDownloadsWriteOnlyThroughTheStoreThread()
    {
        subscribeOnServer(m_feeds.url(u"/gen/0.xml?items=%1&enclosure-size=%2"_s.arg(Items).arg(EnclosureSize)).toString());
        TestProfile profile;
        const QString folder = QDir(profile.path()).filePath(u"downloads"_s);
        StoreThread store(profile.databasePath());
        QVERIFY(store.start());
        const Result<Account> added = store.call([this](FeedStore &feeds) {
            return feeds.addAccount(u"reader"_s, u"greader"_s, m_greader.apiUrl().toString(), User);
        });
        QVERIFY2(added, qPrintable(added.error()));

        // Only commits of another connection move it; the store thread's own never do.
        const Result<qint64> before = scalarOnWriter(store, u"PRAGMA data_version"_s);
        QVERIFY2(before, qPrintable(before.error()));
        {
            sync::SyncRunner runner(&store);
            std::optional<sync::AccountSyncOutcome> outcome;
            connect(&runner, &sync::SyncRunner::finished, this, [&outcome](const sync::AccountSyncOutcome &done) { outcome = done; });
            runner.start(added.value(), Password, QDeadlineTimer(60000));
            QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60000);
            QVERIFY2(outcome->ok, qPrintable(outcome->error));
            QCOMPARE(outcome->newItems, Items);
        }
        const Result<QList<qint64>> itemIds = syncedItemsWithEnclosures(store);
        QVERIFY2(itemIds, qPrintable(itemIds.error()));
        QCOMPARE(itemIds.value().size(), Items);
        {
            DownloadThread downloads(&store, folder);
            QSet<qint64> completed;
            connect(&downloads, &DownloadThread::changed, this, [&completed](const Download &download) {
                if (download.state == DownloadState::Completed)
                    completed.insert(download.id);
            });
            int queued = 0;
            for (qint64 itemId : itemIds.value()) {
                downloads.post([itemId](DownloadManager &manager) { return manager.queueItem(itemId); }, this,
                               [&queued](const Result<Download> &download) {
                                   if (download)
                                       ++queued;
                                   else
                                       qWarning("queueing failed: %s", qPrintable(download.error()));
                               });
            }
            QTRY_COMPARE_WITH_TIMEOUT(queued, Items, 20000);
            QTRY_COMPARE_WITH_TIMEOUT(completed.size(), Items, 60000);
        }
        const Result<qint64> after = scalarOnWriter(store, u"PRAGMA data_version"_s);
        QVERIFY2(after, qPrintable(after.error()));
        QCOMPARE(after.value(), before.value());

        // And it all landed.
        QCOMPARE(scalarOnWriter(store, u"SELECT COUNT(*) FROM items WHERE remote_id IS NOT NULL"_s).value(), qint64(Items));
        QCOMPARE(scalarOnWriter(store, u"SELECT COUNT(*) FROM accounts WHERE name = 'reader' AND last_sync_result = 'newData' "
                                       "AND sync_cursor <> ''"_s)
                     .value(),
                 qint64(1));
        QCOMPARE(scalarOnWriter(store, u"SELECT COUNT(*) FROM downloads WHERE state = 'completed' AND bytes_done = %1"_s.arg(EnclosureSize))
                     .value(),
                 qint64(Items));
        const QStringList files = QDir(folder).entryList(QDir::Files);
        QCOMPARE(files.size(), Items);
        for (const QString &file : files)
            QCOMPARE(QFileInfo(QDir(folder).filePath(file)).size(), EnclosureSize);
    }

    void theDownloadsReadingConnectionRefusesWrites()
    {
        TestProfile profile;
        StoreThread store(profile.databasePath());
        QVERIFY(store.start());
        DownloadManager manager(&store, QDir(profile.path()).filePath(u"downloads"_s));
        QVERIFY(manager.open());
        QSqlQuery query(manager.store()->database());
        QVERIFY(query.exec(u"PRAGMA query_only"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        query.finish();
        QVERIFY(!query.exec(u"UPDATE accounts SET name = name"_s));
        // Through the writer the same statement works: the refusal is the connection's.
        QVERIFY(store.call([](FeedStore &feeds) {
            QSqlQuery update(feeds.database());
            return update.exec(u"UPDATE accounts SET name = name"_s) ? Status::success() : Status::failure(u"refused"_s);
        }));
    }

    void aStoreThatIsNotOpenRefusesCallsAtOnce()
    {
        TestProfile profile;
        StoreThread store(QDir(profile.path()).filePath(u"no/such/folder/freshet.db"_s));
        QVERIFY(!store.start());
        bool ran = false;
        bool refused = false;
        QThread *caller = QThread::create([&store, &ran, &refused] {
            const Status status = store.call([&ran](FeedStore &) {
                ran = true;
                return Status::success();
            });
            refused = !status;
        });
        caller->start();
        QVERIFY(caller->wait(5000));
        delete caller;
        QVERIFY(refused);
        QVERIFY(!ran);
        QVERIFY(!store.call([](FeedStore &) { return Status::success(); }));
    }

private:
    void subscribeOnServer(const QString &feedUrl)
    {
        sync::GoogleReaderClient client;
        client.setCredentials({m_greader.apiUrl(), User, Password});
        client.setRequestTimeout(15000);
        std::optional<sync::SyncResult<sync::RemoteFeed>> subscribed;
        client.subscribe(feedUrl, {},
                         [&subscribed](sync::SyncResult<sync::RemoteFeed> answer) { subscribed.emplace(std::move(answer)); });
        QTRY_VERIFY_WITH_TIMEOUT(subscribed.has_value(), 20000);
        QVERIFY2(*subscribed, qPrintable(subscribed->error().message));
    }

    FeedServerProcess m_feeds;
    GReaderServerProcess m_greader;
};

QTEST_GUILESS_MAIN(TestOneWriter)
#include "tst_onewriter.moc"
