// ItemTableModel over a real SQLite store: paging, and new rows arriving without a reset.
#include "itemtablemodel.h"
#include "storage/storeitemreader.h"
#include "testprofile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestItemTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void newRowsAtTheTopAreInserts()
    {
        TestProfile profile;
        auto writer = profile.openStore(u"writer"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 feedId = TestProfile::addFeedWithItems(*writer, u"https://a.example/feed"_s, 50, now.addSecs(-3600));
        StoreItemReader reader(profile.openStore(u"reader"_s));
        ItemTableModel model(&reader);
        model.setPageSize(20);
        model.setFilter({});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        const QPersistentModelIndex watched = model.index(3, ItemTableModel::TitleColumn);
        const qint64 watchedId = watched.data(ItemTableModel::ItemIdRole).toLongLong();

        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        TestProfile::appendItems(*writer, feedId, 3, now, u"Fresh"_s);
        model.insertNewItems();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 1);   // one run of three at the top
        QCOMPARE(model.rowCount(), before + 3);
        QCOMPARE(model.index(0, ItemTableModel::TitleColumn).data().toString(), u"Fresh 0"_s);
        QCOMPARE(watched.data(ItemTableModel::ItemIdRole).toLongLong(), watchedId);
        QCOMPARE(watched.row(), 6);

        // Nothing new: nothing happens.
        model.insertNewItems();
        QCOMPARE(inserts.size(), 1);
    }

    void scatteredRowsAreOneLayoutChangeThatKeepsTheSelection()
    {
        TestProfile profile;
        auto writer = profile.openStore(u"writer"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // 80 feeds whose items interleave by date: a new item of each lands between old rows.
        QList<qint64> feeds;
        for (int f = 0; f < 80; ++f)
            feeds << TestProfile::addFeedWithItems(*writer, u"https://f%1.example/feed"_s.arg(f), 5, now.addSecs(-f * 7 - 100000),
                                                   u"Old%1-"_s.arg(f));
        StoreItemReader reader(profile.openStore(u"reader"_s));
        ItemTableModel model(&reader);
        model.setPageSize(1000);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 400);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QPersistentModelIndex watched = model.index(200, ItemTableModel::TitleColumn);
        const qint64 watchedId = watched.data(ItemTableModel::ItemIdRole).toLongLong();

        for (int f = 0; f < 80; ++f)
            TestProfile::appendItems(*writer, feeds.at(f), 1, now.addSecs(-f * 7 - 100000 - 3), u"New%1-"_s.arg(f));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        model.insertNewItems();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(model.rowCount(), 480);
        QCOMPARE(watched.data(ItemTableModel::ItemIdRole).toLongLong(), watchedId);
        // Still newest first, every row once.
        QSet<qint64> seen;
        for (int row = 1; row < model.rowCount(); ++row) {
            const Item *previous = model.itemAt(row - 1);
            const Item *current = model.itemAt(row);
            QVERIFY(previous->sortAt >= current->sortAt);
            QVERIFY(!seen.contains(current->id));
            seen.insert(current->id);
        }
    }

    void rowsBelowTheLoadedPagesWaitForPaging()
    {
        TestProfile profile;
        auto writer = profile.openStore(u"writer"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 feedId = TestProfile::addFeedWithItems(*writer, u"https://a.example/feed"_s, 100, now);
        StoreItemReader reader(profile.openStore(u"reader"_s));
        ItemTableModel model(&reader);
        model.setPageSize(10);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 10);
        TestProfile::appendItems(*writer, feedId, 1, now.addDays(-30), u"Ancient"_s);
        model.insertNewItems();
        QCOMPARE(model.rowCount(), 10);   // it belongs far below: paging brings it
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 101);
        QCOMPARE(model.itemAt(100)->title, u"Ancient 0"_s);
    }
};

QTEST_GUILESS_MAIN(TestItemTableModel)
#include "tst_itemtablemodel.moc"
