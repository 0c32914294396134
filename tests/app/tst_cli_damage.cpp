// SPDX-License-Identifier: MIT
// A damaged database and a full disk, met through the command line: each is named for what it
// is, on stderr, with a non-zero exit, and nothing already stored is lost.
#include "clirunner.h"
#include "damageddatabase.h"
#include "feedserverprocess.h"
#include "storage/searchtokenizer.h"
#include "testprofile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <QScopeGuard>

#include <cerrno>
#include <cstring>

#include <sys/mount.h>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Rows of a table, counted on a connection of its own (the file may be damaged: -1 then).
int rowCount(const QString &databasePath, const QString &table)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(u"SELECT COUNT(*) FROM "_s + table, db);
            if (query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"count"_s);
    return count;
}

/// Runs SQL on a connection of its own; false when it fails.
bool execute(const QString &databasePath, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"exec"_s);
        db.setDatabaseName(databasePath);
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(u"exec"_s);
    return ok;
}

/// The first line PRAGMA integrity_check gives ("ok" when sound), on a connection of its own.
QString integrity(const QString &databasePath)
{
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            freshet::installSearchTokenizer(db); // the search index names it, as every Freshet connection has
            QSqlQuery query(u"PRAGMA integrity_check"_s, db);
            answer = query.next() ? query.value(0).toString() : query.lastError().text();
            // FTS5's own check that the search index holds exactly the items.
            QSqlQuery search(db);
            if (!search.exec(u"INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 1)"_s))
                answer += u"; search index: "_s + search.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    return answer;
}

/// One text value of a query, on a connection of its own.
QString value(const QString &databasePath, const QString &sql)
{
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"value"_s);
        db.setDatabaseName(databasePath);
        if (db.open()) {
            QSqlQuery query(sql, db);
            if (query.next())
                answer = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"value"_s);
    return answer;
}

} // namespace

class TestCliDamage final : public QObject
{
    Q_OBJECT

private:
    FeedServerProcess m_server;
    std::unique_ptr<QTemporaryDir> m_profile;
    int m_itemsOnDamagedPage = 0; ///< rows of items the page makeDamagedProfile damaged held

    QString databasePath() const { return m_profile->filePath(u"freshet.db"_s); }

    CliRun freshet(const QString &profileDir, QStringList arguments)
    {
        arguments.prepend(profileDir);
        arguments.prepend(u"--profile"_s);
        return runFreshet(arguments, QProcessEnvironment::systemEnvironment(), {}, 120000);
    }
    CliRun freshet(const QStringList &arguments) { return freshet(m_profile->path(), arguments); }

    /// Two feeds of 1500 items each, written through the store, then one page of the first
    /// feed's rows overwritten with garbage while the file is closed.
    void makeDamagedProfile()
    {
        {
            auto store = freshet::FeedStore::open(databasePath(), u"fill"_s);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            const QDateTime newest = QDateTime::currentDateTimeUtc();
            TestProfile::addFeedWithItems(*store.value(), u"https://a.example/feed"_s, 1500, newest, u"A"_s);
            TestProfile::addFeedWithItems(*store.value(), u"https://b.example/feed"_s, 1500, newest, u"B"_s);
        }
        QSqlDatabase::removeDatabase(u"fill"_s);
        const QString undamaged = m_profile->filePath(u"undamaged.db"_s);
        QVERIFY(QFile::copy(databasePath(), undamaged));
        const qint64 page = damagePageHolding(databasePath(), u"https://example.org/A/700"_s);
        QVERIFY(page > 1);
        // What one page holds depends on the page size: read it from the file as it was.
        m_itemsOnDamagedPage = value(undamaged, u"SELECT ncell FROM dbstat WHERE name = 'items' AND pageno = %1"_s.arg(page)).toInt();
        QVERIFY(m_itemsOnDamagedPage > 0);
        QVERIFY(QFile::remove(undamaged));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--feeds"_s, u"20"_s, u"--items"_s, u"200"_s}), qPrintable(m_server.errorString()));
    }

    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
    }

    void itemsOnADamagedDatabaseSaysSoAndFails()
    {
        makeDamagedProfile();
        const QByteArray before = [this] {
            QFile file(databasePath());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();

        const CliRun items = freshet({u"items"_s, u"--limit"_s, u"100000"_s});
        QVERIFY2(items.exitCode != 0, qPrintable(u"exit 0 with %1 lines"_s.arg(items.out.count(u'\n'))));
        QVERIFY2(items.err.contains(u"damaged"_s) && items.err.contains(u"freshet repair"_s), qPrintable(items.err));

        // Reporting the damage changes nothing in the file.
        QFile after(databasePath());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY(after.readAll() == before);
    }

    void theWindowRefusesADamagedDatabase()
    {
        makeDamagedProfile();
        QByteArray before;
        {
            QFile file(databasePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            before = file.readAll();
        }
        // As for a damaged header: the message (on stderr here, no dialog) and exit 1, instead
        // of a window showing the items before the damaged page as if they were all.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"FRESHET_NO_DIALOGS"_s, u"1"_s);
        const CliRun window = runFreshet({u"--profile"_s, m_profile->path()}, environment, {}, 60000);
        QCOMPARE(window.exitStatus, QProcess::NormalExit);
        QVERIFY2(window.exitCode == 1, qPrintable(u"exit %1: %2"_s.arg(window.exitCode).arg(window.err)));
        QVERIFY2(window.err.contains(u"damaged"_s) && window.err.contains(u"freshet repair"_s), qPrintable(window.err));

        // Nothing was written into the damaged file, not even the refresh the window starts.
        QFile after(databasePath());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY(after.readAll() == before);
    }

    void fetchOnADamagedDatabaseFailsWithTheReason()
    {
        // Fetched once, so the store holds the server's items; then a page of them is damaged
        // and the validators cleared, so the next fetch must read those rows again.
        QStringList urls;
        for (int feed = 0; feed < 4; ++feed)
            urls << m_server.url(u"/gen/%1.xml"_s.arg(feed)).toString();
        QVERIFY(subscribeAsGiven(m_profile->path(), urls));
        const CliRun first = freshet({u"fetch"_s, u"--all"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(execute(databasePath(), u"UPDATE feeds SET etag = '', last_modified = '', body_hash = ''"_s));
        QVERIFY(damagePageHolding(databasePath(), u"http://gen.freshet.test/feed/1/item/100"_s) > 1);

        const CliRun fetch = freshet({u"fetch"_s, u"--all"_s});
        QVERIFY2(fetch.exitCode != 0, qPrintable(fetch.out));
        QVERIFY2(fetch.err.contains(u"damaged"_s) && fetch.err.contains(u"freshet repair"_s), qPrintable(fetch.err));
    }

    void repairKeepsACopyAndRebuildsWhatCanBeRead()
    {
        makeDamagedProfile();
        const QString tag = value(databasePath(), u"SELECT tag FROM profile_identity"_s);
        QVERIFY(!tag.isEmpty());
        QByteArray damaged;
        {
            QFile file(databasePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            damaged = file.readAll();
        }

        const CliRun repair = freshet({u"repair"_s});
        QVERIFY2(repair.exitCode == 0, qPrintable(repair.err));
        QVERIFY2(repair.out.contains(u"items: "_s), qPrintable(repair.out));

        // The damaged file is kept beside the new one, byte for byte.
        const QStringList copies = QDir(m_profile->path()).entryList({u"freshet.db.damaged-*"_s}, QDir::Files);
        QVERIFY2(copies.size() == 1, qPrintable(copies.join(u", "_s)));
        QVERIFY2(repair.out.contains(copies.constFirst()), qPrintable(repair.out));
        QFile copy(m_profile->filePath(copies.constFirst()));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(copy.readAll() == damaged);

        // The new file is sound, search included, and has every item outside the damaged page.
        QCOMPARE(integrity(databasePath()), u"ok"_s);
        const int kept = rowCount(databasePath(), u"items"_s);
        // The page's rows are gone; the seek past it (RowSeeker) may lose the row at its edge.
        QVERIFY2(kept <= 3000 - m_itemsOnDamagedPage && kept >= 3000 - m_itemsOnDamagedPage - 2,
                 qPrintable(u"%1 kept, %2 on the page"_s.arg(kept).arg(m_itemsOnDamagedPage)));
        const QString itemsLine = repair.out.section(u"items: "_s, 1, 1).section(u'\n', 0, 0);
        QVERIFY2(itemsLine.startsWith(QLocale().toString(kept) + u' ') && itemsLine.endsWith(u", %1 lost"_s.arg(3000 - kept)),
                 qPrintable(repair.out));
        QCOMPARE(rowCount(databasePath(), u"feeds"_s), 2);
        // The feeds' kept counts are those of the rows kept, not of the damaged file's.
        QCOMPARE(value(databasePath(), u"SELECT SUM(item_count) FROM feeds"_s).toInt(), kept);
        QCOMPARE(value(databasePath(), u"SELECT SUM(unread_count) FROM feeds"_s).toInt(), kept);
        // Keychain entries are keyed by the profile's tag: it must survive.
        QCOMPARE(value(databasePath(), u"SELECT tag FROM profile_identity"_s), tag);

        const CliRun items = freshet({u"items"_s, u"--limit"_s, u"100000"_s, u"--json"_s});
        QVERIFY2(items.exitCode == 0, qPrintable(items.err));
        QCOMPARE(QJsonDocument::fromJson(items.out.toUtf8()).array().size(), kept);
        const CliRun search = freshet({u"items"_s, u"--search"_s, u"Summary"_s, u"--limit"_s, u"100000"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(search.out.toUtf8()).array().size(), kept);

        const CliRun again = freshet({u"repair"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"sound"_s), qPrintable(again.out));
        QCOMPARE(QDir(m_profile->path()).entryList({u"freshet.db.damaged-*"_s}, QDir::Files).size(), 1);
    }

    void aFullDiskIsNamedAndALaterFetchWorks()
    {
        QTemporaryDir mountPoint;
        QVERIFY(mountPoint.isValid());
        const QByteArray where = QFile::encodeName(mountPoint.path());
        // The last fetch below must fit: 1,600 items and the write-ahead log of their storing
        // peak at about 2.6 MB (measured), more when a checkpoint waits for a reader. A 3 MB
        // disk left that to timing (it failed under ASan); the filler makes any size full.
        if (::mount("tmpfs", where.constData(), "tmpfs", 0, "size=8m") != 0)
            QSKIP(qPrintable(u"An 8 MB tmpfs cannot be mounted here (%1); run as root to test a full disk."_s.arg(
                QString::fromLocal8Bit(std::strerror(errno)))));
        // Unmounted however the test ends; lazily, so a file still open cannot keep it.
        const auto unmount = qScopeGuard([&where] { ::umount2(where.constData(), MNT_DETACH); });
        const QString profile = mountPoint.filePath(u"profile"_s);
        QVERIFY(QDir().mkpath(profile));
        const QString database = QDir(profile).filePath(u"freshet.db"_s);

        auto feeds = [this](int from, int to) {
            QStringList urls;
            for (int feed = from; feed < to; ++feed)
                urls << m_server.url(u"/gen/%1.xml"_s.arg(feed)).toString();
            return urls;
        };
        QVERIFY(subscribeAsGiven(profile, feeds(0, 4)));
        const CliRun first = freshet(profile, {u"fetch"_s, u"--all"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const int stored = rowCount(database, u"items"_s);
        QCOMPARE(stored, 800);
        QVERIFY(subscribeAsGiven(profile, feeds(4, 8)));

        // Everything left on the disk goes to one file.
        QFile filler(mountPoint.filePath(u"filler"_s));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'f');
        while (filler.write(block) == block.size() && filler.flush()) {}
        filler.close();

        // Completely full: not even the database's WAL can be made.
        const CliRun full = freshet(profile, {u"fetch"_s, u"--all"_s});
        QVERIFY2(full.exitCode != 0, qPrintable(full.out));
        QVERIFY2(full.err.contains(u"disk holding your profile is full"_s), qPrintable(full.err));
        QVERIFY2(!full.err.contains(u"refreshing this profile"_s), qPrintable(full.err));

        // Room to open the database and take the lock, not to store 800 new items.
        QVERIFY(filler.resize(filler.size() - 256 * 1024));
        const CliRun nearlyFull = freshet(profile, {u"fetch"_s, u"--all"_s});
        QVERIFY2(nearlyFull.exitCode != 0, qPrintable(nearlyFull.out));
        QVERIFY2(nearlyFull.err.contains(u"disk holding your profile is full"_s), qPrintable(nearlyFull.out + nearlyFull.err));

        // With room again the next fetch stores the new feeds, and nothing stored before is lost.
        QVERIFY(filler.remove());
        const CliRun later = freshet(profile, {u"fetch"_s, u"--all"_s});
        QVERIFY2(later.exitCode == 0, qPrintable(later.out + later.err));
        QCOMPARE(rowCount(database, u"items"_s), 1600);
    }
};

QTEST_GUILESS_MAIN(TestCliDamage)
#include "tst_cli_damage.moc"
