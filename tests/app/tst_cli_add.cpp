// SPDX-License-Identifier: MIT
// `freshet add` looks up what it is given as the window's Add Feed does: the real binary against
// the real loopback feed server, each run on a fresh profile.
#include "clirunner.h"
#include "feedserverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestCliAdd final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_fixtures;
    FeedServerProcess m_server;
    std::unique_ptr<QTemporaryDir> m_profile;

    CliRun freshet(QStringList arguments)
    {
        arguments.prepend(m_profile->path());
        arguments.prepend(u"--profile"_s);
        return runFreshet(arguments, QProcessEnvironment::systemEnvironment(), {}, 60000);
    }

    QString url(const QString &path) const { return m_server.url(path).toString(); }

    QStringList subscribed()
    {
        const CliRun list = freshet({u"list"_s, u"--json"_s});
        QStringList urls;
        for (const QJsonValue &feed : QJsonDocument::fromJson(list.out.toUtf8()).array())
            urls << feed.toObject().value(u"url"_s).toString();
        return urls;
    }

    bool writeFixture(const QString &name, const QByteArray &html)
    {
        QFile file(m_fixtures.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(html) == html.size();
    }

    /// Refused: exit 1, one plain sentence on stderr (no Qt wording), nothing stored.
    void verifyRefused(const CliRun &run, const QString &expected)
    {
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"not permitted"_s) && !run.err.contains(u"Invalid"_s), qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"Added"_s), qPrintable(run.out));
        QCOMPARE(subscribed(), QStringList());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixtures.isValid());
        QVERIFY(writeFixture(u"one.html"_s, "<!DOCTYPE html><html><head><title>Blog</title>"
                                            "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Posts\" href=\"/gen/1.xml\">"
                                            "</head><body><p>A blog.</p></body></html>"));
        QVERIFY(writeFixture(u"none.html"_s, "<!DOCTYPE html><html><head><title>Plain</title>"
                                             "<link rel=\"stylesheet\" href=\"style.css\"></head><body><p>No feed here.</p></body></html>"));
        QVERIFY2(m_server.start({u"--feeds"_s, u"5"_s, u"--items"_s, u"3"_s, u"--fixtures"_s, m_fixtures.path()}),
                 qPrintable(m_server.errorString()));
    }

    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
    }

    void somethingThatIsNoAddressIsRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("a word") << u"not-a-url"_s;
        QTest::newRow("words") << u"not a url"_s;
    }

    void somethingThatIsNoAddressIsRefused()
    {
        QFETCH(QString, typed);
        const CliRun run = freshet({u"add"_s, typed});
        verifyRefused(run, u"is not a web address"_s);
        QVERIFY2(run.err.contains(typed), qPrintable(run.err));
    }

    void localhostWithoutASchemeIsHttp()
    {
        const QString typed = u"localhost:%1/gen/2.xml"_s.arg(m_server.port());
        const CliRun run = freshet({u"add"_s, typed});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString expected = u"http://localhost:%1/gen/2.xml"_s.arg(m_server.port());
        QVERIFY2(run.out.contains(u"Added "_s + expected), qPrintable(run.out));
        QCOMPARE(subscribed(), QStringList{expected});
        const CliRun fetch = freshet({u"fetch"_s, u"--json"_s});
        QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.out + fetch.err));
        QCOMPARE(QJsonDocument::fromJson(fetch.out.toUtf8()).object().value(u"newItems"_s).toInt(), 3);
    }

    void aPageWithOneFeedSubscribesToTheFeed()
    {
        const CliRun run = freshet({u"add"_s, url(u"/fixtures/one.html"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(subscribed(), QStringList{url(u"/gen/1.xml"_s)});
    }

    void aPageWithSeveralFeedsListsThemAndAddsNothing()
    {
        const CliRun run = freshet({u"add"_s, url(u"/demo/index.html"_s)});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(u"Freshet Demo News"_s) && lines.at(0).contains(url(u"/demo/news.rss"_s)), qPrintable(run.out));
        QVERIFY2(lines.at(1).contains(u"Freshet Demo Notes"_s) && lines.at(1).contains(url(u"/demo/notes.atom"_s)), qPrintable(run.out));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(u"freshet add"_s), qPrintable(run.err));
        QCOMPARE(subscribed(), QStringList());

        // Either of the listed addresses is then added as asked.
        QCOMPARE(freshet({u"add"_s, url(u"/demo/notes.atom"_s)}).exitCode, 0);
        QCOMPARE(subscribed(), QStringList{url(u"/demo/notes.atom"_s)});
    }

    void aPageWithoutAFeedIsRefused() { verifyRefused(freshet({u"add"_s, url(u"/fixtures/none.html"_s)}), u"No feed found"_s); }

    void aMissingPageIsRefused() { verifyRefused(freshet({u"add"_s, url(u"/fault/404"_s)}), u"404"_s); }

    void anUnreachableServerIsRefused()
    {
        // Port 1 on loopback: nothing listens there.
        verifyRefused(freshet({u"add"_s, u"http://127.0.0.1:1/feed.xml"_s}), u"refused the connection"_s);
    }

    void oneBadAddressAmongSeveralStoresNone()
    {
        const CliRun run = freshet({u"add"_s, url(u"/gen/3.xml"_s), url(u"/fault/404"_s), url(u"/gen/4.xml"_s)});
        verifyRefused(run, u"404"_s);
    }

    void aFeedAlreadySubscribedIsRefused()
    {
        QCOMPARE(freshet({u"add"_s, url(u"/gen/0.xml"_s)}).exitCode, 0);
        const CliRun again = freshet({u"add"_s, url(u"/gen/3.xml"_s), url(u"/gen/0.xml"_s)});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.err.count(u'\n'), 1);
        QVERIFY2(again.err.contains(u"Already subscribed to "_s + url(u"/gen/0.xml"_s)), qPrintable(again.err));
        // Checked before anything was stored: the new one in the same command is not added either.
        QCOMPARE(subscribed(), QStringList{url(u"/gen/0.xml"_s)});
        // A page leading to a feed already subscribed is the same feed.
        QCOMPARE(freshet({u"add"_s, url(u"/gen/1.xml"_s)}).exitCode, 0);
        const CliRun page = freshet({u"add"_s, url(u"/fixtures/one.html"_s)});
        QCOMPARE(page.exitCode, 1);
        QVERIFY2(page.err.contains(u"Already subscribed"_s), qPrintable(page.err));
    }

    // Every command that runs an action tells scripts its outcome in one shape.
    void jsonSaysWhatWasDoneAndWhyNot()
    {
        const CliRun added = freshet({u"add"_s, url(u"/gen/4.xml"_s), url(u"/gen/2.xml"_s), u"--json"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QJsonObject done = QJsonDocument::fromJson(added.out.toUtf8()).object();
        QCOMPARE(done[u"done"_s].toBool(), true);
        QVERIFY(done[u"failure"_s].isNull());
        QCOMPARE(done[u"changed"_s].toInt(), 2);
        QCOMPARE(done[u"message"_s].toString(), u"Added %1\nAdded %2"_s.arg(url(u"/gen/4.xml"_s), url(u"/gen/2.xml"_s)));

        const CliRun again = freshet({u"add"_s, url(u"/gen/4.xml"_s), u"--json"_s});
        QCOMPARE(again.exitCode, 1);
        const QJsonObject refused = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(refused[u"done"_s].toBool(true), false);
        QCOMPARE(refused[u"failure"_s].toString(), u"input"_s);
        QVERIFY2(refused[u"message"_s].toString().startsWith(u"Already subscribed to "_s), qPrintable(again.out));

        const CliRun renamed = freshet({u"rename"_s, url(u"/gen/4.xml"_s), u"Four"_s, u"--json"_s});
        QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.err));
        QCOMPARE(QJsonDocument::fromJson(renamed.out.toUtf8()).object()[u"done"_s].toBool(), true);
        const CliRun removed = freshet({u"remove"_s, url(u"/gen/2.xml"_s), u"--json"_s});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY2(QJsonDocument::fromJson(removed.out.toUtf8()).object()[u"message"_s].toString().startsWith(u"Removed "_s),
                 qPrintable(removed.out));
        QCOMPARE(subscribed(), QStringList{url(u"/gen/4.xml"_s)});
        QCOMPARE(freshet({u"export"_s, u"-"_s, u"--json"_s}).exitCode, 1); // the document is stdout
    }

    void bytesThatAreNotUtf8AreRefused()
    {
        // QString cannot hold such bytes, so the shell puts them into the argument.
        QProcess process;
        process.start(u"/bin/sh"_s, {u"-c"_s, u"exec \"$0\" --profile \"$1\" add \"$(printf '%s/gen/\\377\\376.xml' \"$2\")\""_s,
                                     QString::fromLocal8Bit(FRESHET_BINARY), m_profile->path(), url(u"/"_s).chopped(1)});
        QVERIFY(process.waitForFinished(60000));
        CliRun run;
        run.exitCode = process.exitCode();
        run.exitStatus = process.exitStatus();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        verifyRefused(run, u"not valid UTF-8"_s);
    }

    void anAddressOver8KBIsRefused()
    {
        verifyRefused(freshet({u"add"_s, url(u"/gen/1.xml?q="_s) + QString(9000, u'x')}), u"longer than 8 KB"_s);
    }

    void importSkipsAndReportsMalformedAddresses()
    {
        QFile opml(m_profile->filePath(u"in.opml"_s));
        QVERIFY(opml.open(QIODevice::WriteOnly));
        opml.write("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
                   "<outline type=\"rss\" text=\"Long\" xmlUrl=\"https://long.example/"
                   + QByteArray(9000, 'a')
                   + "\"/>"
                     "<outline type=\"rss\" text=\"Mangled\" xmlUrl=\"https://mangled.example/&#xFFFD;&#xFFFD;\"/>"
                     "<outline type=\"rss\" text=\"Good\" xmlUrl=\"https://good.example/rss\"/>"
                     "</body></opml>");
        opml.close();
        const CliRun run = freshet({u"import"_s, opml.fileName()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err.left(2000)));
        QVERIFY2(run.out.contains(u"Imported 1 feed"_s) && run.out.contains(u"2 skipped"_s), qPrintable(run.out));
        QCOMPARE(run.err.count(u'\n'), 2);
        QVERIFY2(run.err.contains(u"longer than 8 KB"_s) && run.err.contains(u"not valid UTF-8"_s), qPrintable(run.err.left(2000)));
        QVERIFY2(run.err.size() < 1000, qPrintable(run.err.left(2000)));
        QCOMPARE(subscribed(), QStringList{u"https://good.example/rss"_s});
    }

    void aFeedTheStoreRefusesAddsNoneOfTheOthers()
    {
        // A real refusal by SQLite at the second insert, as a full disk or another Freshet
        // subscribing to the same address meanwhile would give, after every check passed.
        QCOMPARE(freshet({u"list"_s}).exitCode, 0); // creates the database
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"refuse"_s);
            db.setDatabaseName(m_profile->filePath(u"freshet.db"_s));
            QVERIFY(db.open());
            QSqlQuery trigger(db);
            QVERIFY2(trigger.exec(u"CREATE TRIGGER refuse_four BEFORE INSERT ON feeds WHEN NEW.url LIKE '%/gen/4.xml' "
                                  "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s),
                     qPrintable(trigger.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"refuse"_s);
        const CliRun run = freshet({u"add"_s, url(u"/gen/2.xml"_s), url(u"/gen/4.xml"_s)});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(u"Nothing was added"_s), qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"Added"_s), qPrintable(run.out));
        QCOMPARE(subscribed(), QStringList());
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_GUILESS_MAIN(TestCliAdd)
#include "tst_cli_add.moc"
