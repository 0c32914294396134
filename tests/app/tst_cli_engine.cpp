// SPDX-License-Identifier: MIT
// The engine's commands, run as a person or the OS scheduler runs them, against the real
// loopback feed server.
#include "clirunner.h"
#include "feedserverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCliEngine final : public QObject
{
    Q_OBJECT

private:
    FeedServerProcess m_server;
    std::unique_ptr<QTemporaryDir> m_profile;

    CliRun freshet(QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(m_profile->path());
        arguments.prepend(u"--profile"_s);
        return runFreshet(arguments, QProcessEnvironment::systemEnvironment(), input, 120000);
    }

    QString url(const QString &path) const { return m_server.url(path).toString(); }

    bool subscribeAsGiven(const QStringList &urls) { return ::subscribeAsGiven(m_profile->path(), urls); }

    static QJsonValue json(const CliRun &run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).isArray() ? QJsonValue(QJsonDocument::fromJson(run.out.toUtf8()).array())
                                                                   : QJsonValue(QJsonDocument::fromJson(run.out.toUtf8()).object());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--feeds"_s, u"300"_s, u"--items"_s, u"20"_s}), qPrintable(m_server.errorString()));
    }

    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
    }

    void addListFetchItemsLog()
    {
        CliRun add = freshet({u"add"_s, url(u"/gen/1.xml"_s), url(u"/gen/2.atom"_s), u"--category"_s, u"Test/Gen"_s});
        QCOMPARE(add.exitCode, 0);
        QCOMPARE(add.out.count(u"Added"_s), 2);

        CliRun fetch = freshet({u"fetch"_s, u"--json"_s});
        QCOMPARE(fetch.exitCode, 0);
        const QJsonObject summary = json(fetch).toObject();
        QCOMPARE(summary.value(u"result"_s).toString(), u"newData"_s);
        QCOMPARE(summary.value(u"attempted"_s).toInt(), 2);
        QCOMPARE(summary.value(u"updated"_s).toInt(), 2);
        QCOMPARE(summary.value(u"newItems"_s).toInt(), 40);
        QVERIFY(summary.value(u"bytes"_s).toInteger() > 0);
        QVERIFY(summary.contains(u"elapsedMs"_s));
        QCOMPARE(summary.value(u"deadlineHit"_s).toBool(), false);
        for (const QString &key : {u"notModified"_s, u"failed"_s})
            QVERIFY(summary.contains(key));

        CliRun again = freshet({u"fetch"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(json(again).toObject().value(u"result"_s).toString(), u"noData"_s);
        QCOMPARE(json(again).toObject().value(u"notModified"_s).toInt(), 2);

        CliRun list = freshet({u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray feeds = json(list).toArray();
        QCOMPARE(feeds.size(), 2);
        QCOMPARE(feeds.at(0).toObject().value(u"unread"_s).toInt(), 20);
        QCOMPARE(feeds.at(0).toObject().value(u"category"_s).toString(), u"Test/Gen"_s);
        QVERIFY(!feeds.at(0).toObject().value(u"nextDueReason"_s).toString().isEmpty());
        QCOMPARE(freshet({u"list"_s}).exitCode, 0);

        CliRun items = freshet({u"items"_s, u"--feed"_s, url(u"/gen/1.xml"_s), u"--limit"_s, u"5"_s, u"--json"_s});
        QCOMPARE(items.exitCode, 0);
        QCOMPARE(json(items).toArray().size(), 5);
        QVERIFY(!json(items).toArray().at(0).toObject().value(u"title"_s).toString().isEmpty());
        CliRun unread = freshet({u"items"_s, u"--unread"_s});
        QCOMPARE(unread.exitCode, 0);
        QCOMPARE(unread.out.count(u'\n'), 40);

        CliRun log = freshet({u"log"_s, u"--json"_s});
        QCOMPARE(log.exitCode, 0);
        const QJsonArray runs = json(log).toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(1).toObject().value(u"trigger"_s).toString(), u"cli"_s);
        QCOMPARE(runs.at(1).toObject().value(u"feeds"_s).toArray().size(), 2);
    }

    void failedFetchExitsThree()
    {
        QVERIFY(subscribeAsGiven({url(u"/fault/500"_s)}));
        CliRun fetch = freshet({u"fetch"_s});
        QCOMPARE(fetch.exitCode, 3);
        QVERIFY2(fetch.out.startsWith(u"Result: Failed\n0 new items, 0 updated items\nFeeds: 1 attempted, 0 updated, 0 not modified, 1 failed"_s),
                 qPrintable(fetch.out));
        CliRun list = freshet({u"list"_s});
        QVERIFY2(list.out.contains(u"HTTP 500"_s), qPrintable(list.out));
    }

    void deadlineIsKept()
    {
        QVERIFY(subscribeAsGiven({url(u"/fault/stall"_s), url(u"/gen/3.xml"_s)}));
        QElapsedTimer clock;
        clock.start();
        CliRun fetch = freshet({u"fetch"_s, u"--deadline"_s, u"2"_s, u"--json"_s});
        QVERIFY2(clock.elapsed() < 4000, "process start, the 2 s budget and exit");
        QCOMPARE(fetch.exitCode, 0);
        QCOMPARE(json(fetch).toObject().value(u"deadlineHit"_s).toBool(), true);
        QCOMPARE(json(fetch).toObject().value(u"newItems"_s).toInt(), 20);
    }

    void badInputIsOneClearLineAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a url") << QStringList{u"add"_s, u"http://"_s} << u"no host"_s;
        QTest::newRow("ftp") << QStringList{u"add"_s, u"ftp://example.org/feed"_s} << u"only http and https"_s;
        QTest::newRow("one bad among good") << QStringList{u"add"_s, u"https://ok.example/feed"_s, u"gopher://x"_s} << u"gopher"_s;
        QTest::newRow("no url") << QStringList{u"add"_s} << u"missing argument"_s;
        QTest::newRow("remove unknown") << QStringList{u"remove"_s, u"https://nope.example/feed"_s} << u"Not subscribed"_s;
        QTest::newRow("items unknown feed") << QStringList{u"items"_s, u"--feed"_s, u"https://nope.example/"_s} << u"Not subscribed"_s;
        QTest::newRow("bad deadline") << QStringList{u"fetch"_s, u"--deadline"_s, u"soon"_s} << u"--deadline"_s;
        QTest::newRow("bad limit") << QStringList{u"items"_s, u"--limit"_s, u"-3"_s} << u"--limit"_s;
        QTest::newRow("missing opml") << QStringList{u"import"_s, u"/nonexistent/subs.opml"_s} << u"Cannot read"_s;
        // Every numeric option of every command: NaN passes range checks written as "< min || > max".
        QTest::newRow("deadline nan") << QStringList{u"fetch"_s, u"--deadline"_s, u"nan"_s} << u"--deadline"_s;
        QTest::newRow("deadline inf") << QStringList{u"fetch"_s, u"--deadline"_s, u"inf"_s} << u"--deadline"_s;
        QTest::newRow("deadline negative") << QStringList{u"fetch"_s, u"--deadline"_s, u"-5"_s} << u"--deadline"_s;
        QTest::newRow("deadline absurd") << QStringList{u"fetch"_s, u"--deadline"_s, u"1e300"_s} << u"--deadline"_s;
        QTest::newRow("deadline no time") << QStringList{u"fetch"_s, u"--deadline"_s, u"1e-9"_s} << u"--deadline"_s;
        QTest::newRow("notify deadline nan") << QStringList{u"notify"_s, u"--deadline"_s, u"NaN"_s} << u"--deadline"_s;
        QTest::newRow("concurrency nan") << QStringList{u"fetch"_s, u"--concurrency"_s, u"nan"_s} << u"--concurrency"_s;
        QTest::newRow("per-host absurd") << QStringList{u"fetch"_s, u"--per-host"_s, u"99999999999"_s} << u"--per-host"_s;
        QTest::newRow("limit inf") << QStringList{u"items"_s, u"--limit"_s, u"inf"_s} << u"--limit"_s;
        QTest::newRow("log limit absurd") << QStringList{u"log"_s, u"--limit"_s, u"2000000000"_s} << u"--limit"_s;
        // The shared address check: 100 kB is no address, and the message does not repeat it.
        QTest::newRow("address too long") << QStringList{u"add"_s, u"https://example.org/"_s + QString(100 * 1024, u'a')} << u"longer than 8 KB"_s;
    }

    void badInputIsOneClearLineAndChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QVERIFY(subscribeAsGiven({u"https://kept.example/feed"_s}));
        const CliRun run = freshet(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.size() < 1000, qPrintable(run.err.left(1000)));
        const QJsonArray feeds = json(freshet({u"list"_s, u"--json"_s})).toArray();
        QCOMPARE(feeds.size(), 1);
        QCOMPARE(feeds.at(0).toObject().value(u"url"_s).toString(), u"https://kept.example/feed"_s);
        // Refused before anything ran: no fetch left a row in the log.
        QCOMPARE(json(freshet({u"log"_s, u"--json"_s})).toArray().size(), 0);
    }

    void scheduleBelowTheMinimumIsRaisedAndSaysSo()
    {
        const CliRun run = freshet({u"schedule"_s, u"--interval"_s, u"5m"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(u"raised to the 10-minute minimum"_s), qPrintable(run.err));
        const QSettings settings(m_profile->filePath(u"settings.ini"_s), QSettings::IniFormat);
        QCOMPARE(settings.value(u"fetch/intervalMinutes"_s).toInt(), 10);
    }

    // The OS step is the window's (actions::applySchedule): a refusal keeps "while closed" as
    // it was, since the registration stays as it was, and keeps the rest of what was asked.
    void aRefusedOsRegistrationKeepsWhileClosedAsItWas()
    {
        QProcess probe;
        probe.start(u"systemctl"_s, {u"--user"_s, u"is-system-running"_s});
        if (probe.waitForStarted(5000) && probe.waitForFinished(10000) && probe.exitCode() == 0)
            QSKIP("a real systemd user session is running here; this test does not touch a person's timers");
        QTemporaryDir config;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
        const CliRun run = runFreshet({u"--profile"_s, m_profile->path(), u"schedule"_s, u"--interval"_s, u"2h"_s, u"--while-closed"_s, u"on"_s},
                                      environment, {}, 120000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"systemd user session"_s), qPrintable(run.err));
        const QSettings settings(m_profile->filePath(u"settings.ini"_s), QSettings::IniFormat);
        QCOMPARE(settings.value(u"fetch/intervalMinutes"_s).toInt(), 120);
        QCOMPARE(settings.value(u"fetch/whileClosed"_s, false).toBool(), false);
        QVERIFY(QDir(config.path() + u"/systemd/user"_s).entryList(QDir::Files).isEmpty());
    }

    void opmlRoundTripKeepsFolders()
    {
        QFile opml(m_profile->filePath(u"in.opml"_s));
        QVERIFY(opml.open(QIODevice::WriteOnly));
        opml.write("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
                   "<outline text=\"News\"><outline text=\"World\">"
                   "<outline type=\"rss\" text=\"One\" xmlUrl=\"https://one.example/rss\"/></outline>"
                   "<outline type=\"rss\" text=\"Two\" xmlUrl=\"https://two.example/rss\"/></outline>"
                   "<outline type=\"rss\" text=\"Bad\" xmlUrl=\"ftp://bad.example/rss\"/>"
                   "<outline text=\"Later\"><outline text=\"Someday\"/></outline>"
                   "</body></opml>");
        opml.close();
        CliRun import = freshet({u"import"_s, opml.fileName()});
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(import.out.contains(u"Imported 2 feeds"_s), qPrintable(import.out));
        QVERIFY2(import.err.contains(u"ftp://bad.example/rss"_s), qPrintable(import.err));
        // Importing again adds nothing.
        QVERIFY(freshet({u"import"_s, opml.fileName()}).out.contains(u"2 already subscribed"_s));

        const QString exported = m_profile->filePath(u"out.opml"_s);
        QCOMPARE(freshet({u"export"_s, exported}).exitCode, 0);
        QTemporaryDir other;
        CliRun reimport = runFreshet({u"--profile"_s, other.path(), u"import"_s, exported});
        QCOMPARE(reimport.exitCode, 0);
        const QJsonArray feeds = json(runFreshet({u"--profile"_s, other.path(), u"list"_s, u"--json"_s})).toArray();
        QCOMPARE(feeds.size(), 2);
        QStringList categories;
        for (const QJsonValue &feed : feeds)
            categories << feed.toObject().value(u"category"_s).toString();
        categories.sort();
        QCOMPARE(categories, (QStringList{u"News"_s, u"News/World"_s}));
        // Folders with no feed in them come through both ways too.
        QFile written(exported);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY2(text.contains("text=\"Later\"") && text.contains("text=\"Someday\""), text.constData());
        QStringList paths;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"folders"_s);
            db.setDatabaseName(QDir(other.path()).filePath(u"freshet.db"_s));
            QVERIFY(db.open());
            QSqlQuery made(u"SELECT path FROM folders ORDER BY path"_s, db);
            while (made.next())
                paths << made.value(0).toString();
        }
        QSqlDatabase::removeDatabase(u"folders"_s);
        QVERIFY2(paths.contains(u"Later/Someday"_s), qPrintable(paths.join(u", "_s)));
    }

    void addressesKeepTheirEncodingFromFeedToItemsAndOpml()
    {
        // Served as "dir/news feed.xml": %2F is part of a segment, not a separator.
        QTemporaryDir fixtures;
        QVERIFY(QDir(fixtures.path()).mkpath(u"dir"_s));
        QFile document(fixtures.filePath(u"dir/news feed.xml"_s));
        QVERIFY(document.open(QIODevice::WriteOnly));
        document.write("<rss version=\"2.0\"><channel><title>Encoded</title><link>home%20page/</link>"
                       "<item><title>a</title><guid>a</guid><link>sub/p%20q.html</link><enclosure url=\"rel/p%20q.mp3\" type=\"audio/mpeg\" length=\"1\"/></item>"
                       "<item><title>b</title><guid>b</guid><link>a%2Fb%3Fc%23d.html</link></item>"
                       "<item><title>c</title><guid>c</guid><link>café/x.html</link></item>"
                       "<item><title>d</title><guid>d</guid><link>http://xn--bcher-kva.example/a%20b</link></item>"
                       "</channel></rss>");
        document.close();
        FeedServerProcess server;
        QVERIFY2(server.start({u"--fixtures"_s, fixtures.path()}), qPrintable(server.errorString()));
        const QString root = server.url(u"/fixtures/"_s).toString();
        const QString feedUrl = root + u"dir%2Fnews%20feed.xml"_s;

        QCOMPARE(freshet({u"add"_s, feedUrl}).exitCode, 0);
        const CliRun fetch = freshet({u"fetch"_s, u"--json"_s});
        QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.out + fetch.err));
        const QJsonArray feeds = json(freshet({u"list"_s, u"--json"_s})).toArray();
        QCOMPARE(feeds.size(), 1);
        QCOMPARE(feeds.at(0).toObject().value(u"url"_s).toString(), feedUrl);
        QCOMPARE(feeds.at(0).toObject().value(u"siteLink"_s).toString(), root + u"home%20page/"_s);

        const CliRun items = freshet({u"items"_s, u"--feed"_s, feedUrl, u"--json"_s});
        QCOMPARE(items.exitCode, 0);
        QHash<QString, QJsonObject> byTitle;
        for (const QJsonValue &item : json(items).toArray())
            byTitle.insert(item[u"title"_s].toString(), item.toObject());
        QCOMPARE(byTitle.size(), 4);
        QCOMPARE(byTitle[u"a"_s].value(u"link"_s).toString(), root + u"sub/p%20q.html"_s);
        QCOMPARE(byTitle[u"a"_s].value(u"enclosures"_s).toArray().at(0)[u"url"_s].toString(), root + u"rel/p%20q.mp3"_s);
        QCOMPARE(byTitle[u"b"_s].value(u"link"_s).toString(), root + u"a%2Fb%3Fc%23d.html"_s);
        QCOMPARE(byTitle[u"c"_s].value(u"link"_s).toString(), root + u"café/x.html"_s);
        QCOMPARE(byTitle[u"d"_s].value(u"link"_s).toString(), u"http://xn--bcher-kva.example/a%20b"_s);
        const CliRun plain = freshet({u"items"_s, u"--feed"_s, feedUrl});
        QVERIFY2(plain.out.contains(u"<%1sub/p%20q.html>"_s.arg(root)), qPrintable(plain.out));

        const QString exported = m_profile->filePath(u"out.opml"_s);
        QCOMPARE(freshet({u"export"_s, exported}).exitCode, 0);
        QFile opml(exported);
        QVERIFY(opml.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(opml.readAll());
        QVERIFY2(written.contains(u"xmlUrl=\"%1\""_s.arg(feedUrl)), qPrintable(written));
        QVERIFY2(written.contains(u"htmlUrl=\"%1home%20page/\""_s.arg(root)), qPrintable(written));
    }

    void brokenOpmlChangesNothing()
    {
        QVERIFY(subscribeAsGiven({u"https://kept.example/feed"_s}));
        QFile opml(m_profile->filePath(u"broken.opml"_s));
        QVERIFY(opml.open(QIODevice::WriteOnly));
        opml.write("<opml><body><outline type=\"rss\" xmlUrl=\"https://new.example/rss\"><outline></body>");
        opml.close();
        const CliRun run = freshet({u"import"_s, opml.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"line 1"_s), qPrintable(run.err));
        QCOMPARE(json(freshet({u"list"_s, u"--json"_s})).toArray().size(), 1);
    }

    void killedMidFetchLosesNothingAndDuplicatesNothing()
    {
        // 300 feeds x 20 items; the process is killed while it writes.
        QTemporaryDir scratch;
        QByteArray opml = "<opml version=\"2.0\"><body>";
        for (int i = 0; i < 300; ++i)
            opml += "<outline type=\"rss\" text=\"f\" xmlUrl=\"" + url(u"/gen/%1.xml"_s.arg(i)).toUtf8() + "\"/>";
        opml += "</body></opml>";
        QFile file(scratch.filePath(u"big.opml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(opml);
        file.close();
        QCOMPARE(freshet({u"import"_s, file.fileName()}).exitCode, 0);

        int killedWhileRunning = 0;
        for (int attempt = 0; attempt < 4; ++attempt) {
            QProcess process;
            process.start(QString::fromLocal8Bit(FRESHET_BINARY), {u"--profile"_s, m_profile->path(), u"fetch"_s, u"--all"_s});
            QVERIFY(process.waitForStarted());
            QTest::qWait(60 + attempt * 60);
            // The run may end on its own between the state check and the signal,
            // so only a crash exit counts as a kill that landed mid-run.
            if (process.state() == QProcess::Running)
                process.kill(); // SIGKILL: no cleanup runs
            if (process.state() != QProcess::NotRunning)
                QVERIFY(process.waitForFinished());
            if (process.exitStatus() == QProcess::CrashExit)
                ++killedWhileRunning;
            else
                QCOMPARE(process.exitCode(), 0);
        }
        QVERIFY2(killedWhileRunning > 0, "no run was still going when it was killed: the test proved nothing");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(m_profile->filePath(u"freshet.db"_s));
            QVERIFY(db.open());
            QSqlQuery integrity(u"PRAGMA integrity_check"_s, db);
            QVERIFY(integrity.next());
            QCOMPARE(integrity.value(0).toString(), u"ok"_s);
            QSqlQuery partial(u"SELECT COUNT(*) FROM feeds f WHERE (SELECT COUNT(*) FROM items i WHERE i.feed_id = f.id) NOT IN (0, 20)"_s, db);
            QVERIFY(partial.next());
            QCOMPARE(partial.value(0).toInt(), 0); // a feed's update is all or nothing
        }
        QSqlDatabase::removeDatabase(u"check"_s);

        const CliRun finish = freshet({u"fetch"_s, u"--json"_s});
        QCOMPARE(finish.exitCode, 0);
        const CliRun all = freshet({u"fetch"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(json(all).toObject().value(u"newItems"_s).toInt(), 0);
        CliRun items = freshet({u"items"_s, u"--limit"_s, u"100000"_s});
        QCOMPARE(items.out.count(u'\n'), 300 * 20);
    }
};

QTEST_GUILESS_MAIN(TestCliEngine)
#include "tst_cli_engine.moc"
