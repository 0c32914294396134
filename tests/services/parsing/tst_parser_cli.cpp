// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString fixturePath(const char *name)
{
    return QString::fromLocal8Bit(FRESHET_PARSING_FIXTURES) + u'/' + QString::fromLatin1(name);
}

QProcessEnvironment scratchEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home.path() + u"/data"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home.path() + u"/cache"_s);
    return environment;
}

} // namespace

class TestParserCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void summaryByDefault()
    {
        const CliRun run = runFreshet({u"parse"_s, fixturePath("rss20.xml")}, scratchEnvironment(m_home));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Rivers & Streams"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"First thaw"_s));
        QVERIFY(run.out.contains(u"rss 2.0"_s));
    }

    void jsonOutputFollowsTheSchema()
    {
        const CliRun run = runFreshet({u"parse"_s, fixturePath("photos.xml"), u"--url"_s, u"https://demo.example/p/photos.xml"_s, u"--json"_s},
                                      scratchEnvironment(m_home));
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value("format"_L1).toString(), u"photos"_s);
        QCOMPARE(json.value("error"_L1).toBool(true), false);
        const QJsonArray items = json.value("items"_L1).toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].toObject().value("link"_L1).toString(), u"https://demo.example/p/img/p1.png"_s);
        QCOMPARE(items[0].toObject().value("image"_L1).toString(), u"https://demo.example/p/img/p1.png"_s);
        for (const char *key : {"format", "version", "error", "title", "link", "feed_link", "description", "published", "updated",
                                "authors", "image", "items"})
            QVERIFY2(json.contains(QLatin1StringView(key)), key);
        for (const char *key : {"title", "link", "id", "published", "updated", "authors", "summary", "content", "enclosures", "image"})
            QVERIFY2(items[0].toObject().contains(QLatin1StringView(key)), key);
    }

    void guessedEncodingIsReported()
    {
        // KOI8-R without any declaration: the detector's guess and its confidence are printed.
        const QString feed = fixturePath("undeclared-koi8r.xml");
        CliRun run = runFreshet({u"parse"_s, feed, u"--json"_s}, scratchEnvironment(m_home));
        QCOMPARE(run.exitCode, 2); // still flagged: a guess is not a declaration
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value("encoding"_L1).toString(), u"koi8-r"_s);
        QCOMPARE(json.value("encoding_guessed"_L1).toBool(false), true);
        const int confidence = json.value("encoding_confidence"_L1).toInt(-1);
        QVERIFY2(confidence >= 20 && confidence <= 100, qPrintable(run.out.left(400)));
        QCOMPARE(json.value("title"_L1).toString(), u"Новости дня"_s);
        QVERIFY2(json.value("message"_L1).toString().contains(u"koi8-r"_s), qPrintable(run.out.left(400)));

        run = runFreshet({u"parse"_s, feed}, scratchEnvironment(m_home));
        QVERIFY2(run.out.contains(u"koi8-r (guessed from the bytes, confidence %1/100)"_s.arg(confidence)), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Новости дня"_s), qPrintable(run.out));

        // A declared or UTF-8 document says it was not guessed, and gives no confidence.
        run = runFreshet({u"parse"_s, fixturePath("rss20.xml"), u"--json"_s}, scratchEnvironment(m_home));
        const QJsonObject declared = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(declared.value("encoding_guessed"_L1).toBool(true), false);
        QVERIFY(!declared.contains("encoding_confidence"_L1));
    }

    void datesAreUtcWithZ()
    {
        const CliRun run = runFreshet({u"parse"_s, fixturePath("rss20.xml"), u"--json"_s}, scratchEnvironment(m_home));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value("updated"_L1).toString(), u"2024-01-03T07:30:00Z"_s);
        const QJsonObject item = json.value("items"_L1).toArray().at(0).toObject();
        QCOMPARE(item.value("published"_L1).toString(), u"2024-01-01T17:00:00Z"_s);
        const QJsonObject enclosure = item.value("enclosures"_L1).toArray().at(0).toObject();
        QCOMPARE(enclosure.value("length"_L1).toString(), u"12345"_s);
    }

    void parseErrorExitsTwoWithJson()
    {
        const CliRun run = runFreshet({u"parse"_s, fixturePath("truncated.xml"), u"--json"_s}, scratchEnvironment(m_home));
        QCOMPARE(run.exitCode, 2);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value("error"_L1).toBool(false), true);
        QVERIFY(!json.value("message"_L1).toString().isEmpty());
        QCOMPARE(json.value("partial"_L1).toBool(false), true);
        QCOMPARE(json.value("items"_L1).toArray().size(), 1);
    }

    void missingFileExitsOneWithOneLine()
    {
        const CliRun run = runFreshet({u"parse"_s, m_home.filePath(u"no-such-file.xml"_s)}, scratchEnvironment(m_home));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(u"no-such-file.xml"_s), qPrintable(run.err));
    }

    void missingArgumentExitsOne()
    {
        const CliRun run = runFreshet({u"parse"_s}, scratchEnvironment(m_home));
        QCOMPARE(run.exitCode, 1);
    }

    void urlsAreShownEncoded()
    {
        const QString feed = fixturePath("encoded-urls.rss");
        const QString url = u"http://xn--bcher-kva.example/feeds/caf%C3%A9/a%2Fb.xml"_s;
        const QString base = u"http://xn--bcher-kva.example/feeds/caf%C3%A9/"_s;
        CliRun run = runFreshet({u"parse"_s, feed, u"--url"_s, url, u"--json"_s}, scratchEnvironment(m_home));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value("link"_L1).toString(), u"http://xn--bcher-kva.example/feeds/home%20page/"_s);
        const QJsonObject item = json.value("items"_L1).toArray().at(0).toObject();
        QCOMPARE(item.value("link"_L1).toString(), base + u"sub/p%20q.html"_s);
        QCOMPARE(item.value("enclosures"_L1).toArray().at(0).toObject().value("url"_L1).toString(), base + u"rel/p%20q.mp3"_s);

        run = runFreshet({u"parse"_s, feed, u"--url"_s, url}, scratchEnvironment(m_home));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(base + u"sub/p%20q.html"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"http://xn--bcher-kva.example/feeds/home%20page/"_s), qPrintable(run.out));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestParserCli)
#include "tst_parser_cli.moc"
