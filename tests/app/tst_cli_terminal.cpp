// SPDX-License-Identifier: MIT
// What a feed controls cannot control the terminal: titles with escape sequences, served by the
// real loopback feed server, printed by the commands as visible escapes, and exact in --json.
#include "clirunner.h"
#include "feedserverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// OSC 0 (retitle the window) ended by BEL, "clear screen", C1 CSI, DEL.
const QString hostileFeedTitle = u"Evil \u001b]0;pwned\u0007 feed"_s;
const QString hostileItemTitle = u"Item \u001b[2J\u009b31m\u007f end"_s;

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7F && u <= 0x9F);
    });
}

} // namespace

class TestCliTerminal final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_fixtures;
    QTemporaryDir m_profile;
    FeedServerProcess m_server;

    CliRun freshet(QStringList arguments)
    {
        arguments.prepend(m_profile.path());
        arguments.prepend(u"--profile"_s);
        return runFreshet(arguments, QProcessEnvironment::systemEnvironment(), {}, 120000);
    }

    QString feedUrl() const { return m_server.url(u"/fixtures/hostile.json"_s).toString(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixtures.isValid() && m_profile.isValid());
        const QJsonObject feed{
            {u"version"_s, u"https://jsonfeed.org/version/1.1"_s},
            {u"title"_s, hostileFeedTitle},
            {u"items"_s,
             QJsonArray{QJsonObject{
                 {u"id"_s, u"1"_s}, {u"title"_s, hostileItemTitle}, {u"url"_s, u"https://example.org/1"_s}, {u"content_text"_s, u"x"_s}}}},
        };
        QFile file(m_fixtures.filePath(u"hostile.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(feed).toJson());
        file.close();
        QVERIFY2(m_server.start({u"--fixtures"_s, m_fixtures.path()}), qPrintable(m_server.errorString()));
        const CliRun add = freshet({u"add"_s, feedUrl()});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const CliRun fetch = freshet({u"fetch"_s, u"--all"_s});
        QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.out + fetch.err));
    }

    void textOutputShowsControlsAsEscapes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("list") << QStringList{u"list"_s} << u"Evil \\x1b]0;pwned\\x07 feed"_s;
        QTest::newRow("items") << QStringList{u"items"_s} << u"Item \\x1b[2J\\u009b31m\\x7f end"_s;
        QTest::newRow("items of a feed") << QStringList{u"items"_s, u"--feed"_s, feedUrl()} << u"\\x1b[2J"_s;
    }

    void textOutputShowsControlsAsEscapes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const CliRun run = freshet(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!hasControlCharacters(run.out), qPrintable(run.out));
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    }

    void errorsShowControlsAsEscapes()
    {
        // A message repeating what was typed goes through the same escaping.
        const CliRun run = freshet({u"items"_s, u"--feed"_s, u"https://nope.example/\u001b[2J"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!hasControlCharacters(run.err), qPrintable(run.err));
    }

    void jsonStaysExact()
    {
        const CliRun list = freshet({u"list"_s, u"--json"_s});
        QVERIFY2(!hasControlCharacters(list.out), qPrintable(list.out));
        QJsonParseError error{};
        const QJsonArray feeds = QJsonDocument::fromJson(list.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(feeds.size(), 1);
        QCOMPARE(feeds.at(0)[u"title"_s].toString(), hostileFeedTitle);

        const CliRun items = freshet({u"items"_s, u"--json"_s});
        QVERIFY2(!hasControlCharacters(items.out), qPrintable(items.out));
        const QJsonArray rows = QJsonDocument::fromJson(items.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0)[u"title"_s].toString(), hostileItemTitle);
    }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }
};

QTEST_GUILESS_MAIN(TestCliTerminal)
#include "tst_cli_terminal.moc"
