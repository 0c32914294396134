// SPDX-License-Identifier: MIT
// FeedListModel over a real SQLite store: re-reading only the feeds a fetch just wrote.
#include "feedlistmodel.h"
#include "storage/storeitemreader.h"
#include "testprofile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestFeedListModel final : public QObject
{
    Q_OBJECT

private slots:
    void refreshingSomeFeedsChangesOnlyTheirRows()
    {
        TestProfile profile;
        auto writer = profile.openStore(u"writer"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<qint64> feeds;
        for (int f = 0; f < 5; ++f)
            feeds << TestProfile::addFeedWithItems(*writer, u"https://f%1.example/feed"_s.arg(f), 3, now, u"F%1-"_s.arg(f));
        StoreItemReader reader(profile.openStore(u"reader"_s));
        FeedListModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.totalUnread(), 15);

        TestProfile::appendItems(*writer, feeds.at(1), 2, now.addSecs(60), u"New1-"_s);
        TestProfile::appendItems(*writer, feeds.at(3), 4, now.addSecs(60), u"New3-"_s);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.refreshFeeds({feeds.at(3), feeds.at(1)});
        QCOMPARE(resets.size(), 0);
        QSet<int> changedRows;
        for (const QList<QVariant> &change : std::as_const(changes))
            changedRows.insert(change.at(0).toModelIndex().row());
        const int row1 = model.rowOfFeed(feeds.at(1));
        const int row3 = model.rowOfFeed(feeds.at(3));
        QCOMPARE(changedRows, (QSet<int>{0, row1, row3})); // "All items" shows the total
        QCOMPARE(model.index(row1).data(FeedListModel::UnreadRole).toInt(), 5);
        QCOMPARE(model.index(row3).data(FeedListModel::UnreadRole).toInt(), 7);
        QCOMPARE(model.totalUnread(), 21);
        QCOMPARE(model.index(0).data(FeedListModel::UnreadRole).toInt(), 21);

        // A feed that went away meanwhile: the rows change, so the whole list is read again.
        QVERIFY(writer->removeFeed(feeds.at(2)).ok());
        model.refreshFeeds({feeds.at(2), feeds.at(1)});
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOfFeed(feeds.at(2)), -1);
        QCOMPARE(model.totalUnread(), 18);
    }
};

QTEST_GUILESS_MAIN(TestFeedListModel)
#include "tst_feedlistmodel.moc"
