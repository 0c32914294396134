// SPDX-License-Identifier: MIT
// `freshet items --search` on the real binary and a profile whose search index read markup as
// words (a profile from before the markup tokenizer): opening it declares the index again with
// every item waiting, and the search indexes them before it looks.
#include "clirunner.h"
#include "storage/feedstore.h"
#include "storage/sqlitestatement.h"
#include "testprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestCliSearch final : public QObject
{
    Q_OBJECT

private:
    ProfileCli freshet;

    int found(const QString &words)
    {
        const CliRun run = freshet({u"items"_s, u"--search"_s, words, u"--json"_s, u"--limit"_s, u"100"_s});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return run.exitCode == 0 ? int(QJsonDocument::fromJson(run.out.toUtf8()).array().size()) : -1;
    }

private slots:
    void aSearchFindsTheItemsOfAProfileIndexedBefore()
    {
        if (!SqliteStatement::builtIn())
            QSKIP("this build cannot reach SQLite itself: its search index reads markup as before");
        QVERIFY(freshet.isValid());
        {
            // Stored and indexed by a Freshet whose index read markup as words.
            qputenv("FRESHET_PLAIN_SEARCH_TOKENIZER", "1");
            const auto restore = qScopeGuard([] { qunsetenv("FRESHET_PLAIN_SEARCH_TOKENIZER"); });
            Result<std::unique_ptr<FeedStore>> store = FeedStore::open(freshet.path() + u"/freshet.db"_s, u"before"_s);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            const Feed feed = store.value()->addFeed(u"https://a.example/feed"_s).value();
            ParsedFeed parsed;
            for (int i = 0; i < 12; ++i) {
                ParsedItem item;
                item.id = QString::number(i);
                item.title = u"Item %1"_s.arg(i);
                item.content = u"<p>The <a href=\"https://a.example/n/%1\">comet</a> returns</p>"_s.arg(i);
                item.published = QDateTime::currentDateTimeUtc().addSecs(-60 * i);
                parsed.items << item;
            }
            TestProfile::storeParsed(*store.value(), feed.id, parsed);
            QVERIFY(store.value()->indexSearchBacklog().ok());
        }
        QCOMPARE(found(u"comet"_s), 12);
        QCOMPARE(found(u"href"_s), 0);
        QCOMPARE(found(u"returns"_s), 12);
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
