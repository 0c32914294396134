// SPDX-License-Identifier: MIT
// `freshet items --search` on the real binary and a profile whose search index read markup as
// words (a profile from before the markup tokenizer): opening it declares the index again with
// every item waiting, and the search indexes them before it looks.
#include "clirunner.h"
#include "storage/sqlitestatement.h"
#include "testprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
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
        TestProfile::addArticlesIndexedAsMarkup(freshet.path() + u"/freshet.db"_s, 12);
        QCOMPARE(found(u"comet"_s), 12);
        QCOMPARE(found(u"href"_s), 0);
        QCOMPARE(found(u"returns"_s), 12);
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
