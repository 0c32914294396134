// SPDX-License-Identifier: MIT
// FeedListModel over a real SQLite store: the tree of accounts, folders and feeds, and
// re-reading only the feeds a fetch just wrote.
#include "feedlistmodel.h"
#include "naturalorder.h"
#include "storage/storeitemreader.h"
#include "testprofile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

/// The tree as text, one node a line, two spaces a level: "name (unread)".
QString outline(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QString text;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex node = model.index(row, FeedListModel::NameColumn, parent);
        const QString count = model.index(row, FeedListModel::UnreadColumn, parent).data().toString();
        text += QString(depth * 2, u' ') + node.data().toString() + (count.isEmpty() ? QString() : u" ("_s + count + u')') + u'\n';
        text += outline(model, node, depth + 1);
    }
    return text;
}

qint64 addFeedIn(FeedStore &store, const QString &url, const QString &folder, int items, const QDateTime &newest)
{
    const qint64 id = store.addFeed(url, folder).value().id;
    TestProfile::appendItems(store, id, items, newest, url.section(u'/', 2, 2));
    return id; // the items name it "Feed <id>"
}

} // namespace

class TestFeedListModel final : public QObject
{
    Q_OBJECT

private slots:
    void namesSortAsPeopleCount_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("numbers by value") << u"Feed 9"_s << u"Feed 10"_s;
        QTest::newRow("numbers inside") << u"x2y9"_s << u"x2y10"_s;
        QTest::newRow("leading zeros") << u"Part 007"_s << u"Part 8"_s;
        QTest::newRow("case apart") << u"apple"_s << u"Banana"_s;
        QTest::newRow("prefix first") << u"News"_s << u"News 2"_s;
        QTest::newRow("digits before letters") << u"2 Days"_s << u"Days"_s;
        QTest::newRow("beyond 64 bits") << u"v99999999999999999999"_s << u"v100000000000000000000"_s;
    }

    void namesSortAsPeopleCount()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        const NaturalOrder order;
        QVERIFY(order.compare(first, second) < 0);
        QVERIFY(order.compare(second, first) > 0);
        QCOMPARE(order.compare(first, first), 0);
    }

    void foldersNestFolderFirstInTheOrderPeopleCount()
    {
        TestProfile profile;
        auto writer = profile.openStore(u"writer"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Ten feeds so that "Feed 10" exists: it sorts after "Feed 9", not after "Feed 1".
        QList<qint64> ids;
        for (int f = 1; f <= 10; ++f)
            ids << addFeedIn(*writer, u"https://f%1.example/feed"_s.arg(f),
                             f <= 2   ? u"Tech/Linux"_s
                             : f == 3 ? u"Tech"_s
                                      : QString(),
                             1, now);
        StoreItemReader reader(profile.openStore(u"reader"_s));
        FeedListModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(outline(model), u"All items (10)\n"
                                 "Starred\n"
                                 "On this computer (10)\n"
                                 "  Tech (3)\n"
                                 "    Linux (2)\n"
                                 "      Feed %1 (1)\n"
                                 "      Feed %2 (1)\n"
                                 "    Feed %3 (1)\n"
                                 "  Feed 4 (1)\n  Feed 5 (1)\n  Feed 6 (1)\n  Feed 7 (1)\n  Feed 8 (1)\n  Feed 9 (1)\n  Feed 10 (1)\n"_s
                                     .arg(ids.at(0))
                                     .arg(ids.at(1))
                                     .arg(ids.at(2)));

        const QModelIndex linux = model.indexOfKey(u"folder:1:Tech/Linux"_s);
        QVERIFY(linux.isValid());
        QCOMPARE(model.kindAt(linux), FeedListModel::RowKind::Folder);
        QCOMPARE(linux.data(FeedListModel::FolderRole).toString(), u"Tech/Linux"_s);
        QCOMPARE(linux.data(FeedListModel::UnreadRole).toInt(), 2);
        QCOMPARE(model.data(model.index(linux.row(), FeedListModel::UnreadColumn, linux.parent()), Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(model.feedAt(model.indexOfFeed(ids.at(9)))->id, ids.at(9));
        QVERIFY(!model.feedAt(linux));
    }

    void nextFeedReadsTheTreeTopToBottom()
    {
        TestProfile profile;
        auto writer = profile.openStore(u"writer"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 inFolder = addFeedIn(*writer, u"https://a.example/feed"_s, u"Z folder"_s, 2, now);
        const qint64 loose = addFeedIn(*writer, u"https://b.example/feed"_s, {}, 0, now);
        const qint64 last = addFeedIn(*writer, u"https://c.example/feed"_s, {}, 3, now);
        StoreItemReader reader(profile.openStore(u"reader"_s));
        FeedListModel model(&reader);
        model.refresh();
        const auto feedId = [&](const QModelIndex &index) { return index.data(FeedListModel::FeedIdRole).toLongLong(); };
        // The folder comes first although "Z" sorts last: folders before feeds.
        QCOMPARE(feedId(model.adjacentFeed(model.allItemsIndex(), 1, false)), inFolder);
        QCOMPARE(feedId(model.adjacentFeed(model.indexOfFeed(inFolder), 1, false)), loose);
        QCOMPARE(feedId(model.adjacentFeed(model.indexOfFeed(inFolder), 1, true)), last); // none unread in between
        QVERIFY(!model.adjacentFeed(model.indexOfFeed(last), 1, false).isValid());
        QCOMPARE(feedId(model.adjacentFeed(model.indexOfFeed(last), -1, true)), inFolder);
        // From a folder, the next feed is its first.
        QCOMPARE(feedId(model.adjacentFeed(model.indexOfKey(u"folder:1:Z folder"_s), 1, false)), inFolder);
    }

    void refreshingSomeFeedsChangesOnlyTheirRowsAndTheirFolders()
    {
        TestProfile profile;
        auto writer = profile.openStore(u"writer"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<qint64> feeds;
        for (int f = 0; f < 5; ++f)
            feeds << addFeedIn(*writer, u"https://f%1.example/feed"_s.arg(f), f == 1 ? u"News"_s : QString(), 3, now);
        StoreItemReader reader(profile.openStore(u"reader"_s));
        FeedListModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.totalUnread(), 15);

        TestProfile::appendItems(*writer, feeds.at(1), 2, now.addSecs(60), u"New1-"_s);
        TestProfile::appendItems(*writer, feeds.at(3), 4, now.addSecs(60), u"New3-"_s);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.refreshFeeds({feeds.at(3), feeds.at(1)});
        QCOMPARE(resets.size(), 0);
        QSet<QString> changed;
        for (const QList<QVariant> &change : std::as_const(changes))
            changed.insert(change.at(0).toModelIndex().data(FeedListModel::NodeKeyRole).toString());
        // Each feed, the folder and the account above them, and "All items" with the total.
        QCOMPARE(changed, (QSet<QString>{u"all"_s, u"account:1"_s, u"folder:1:News"_s, u"feed:%1"_s.arg(feeds.at(1)),
                                         u"feed:%1"_s.arg(feeds.at(3))}));
        QCOMPARE(model.indexOfFeed(feeds.at(1)).data(FeedListModel::UnreadRole).toInt(), 5);
        QCOMPARE(model.indexOfKey(u"folder:1:News"_s).data(FeedListModel::UnreadRole).toInt(), 5);
        QCOMPARE(model.indexOfFeed(feeds.at(3)).data(FeedListModel::UnreadRole).toInt(), 7);
        QCOMPARE(model.indexOfKey(u"account:1"_s).data(FeedListModel::UnreadRole).toInt(), 21);
        QCOMPARE(model.totalUnread(), 21);
        QCOMPARE(model.allItemsIndex().data(FeedListModel::UnreadRole).toInt(), 21);

        // A feed that went away meanwhile: the rows change, so the whole list is read again.
        QVERIFY(writer->removeFeed(feeds.at(2)).ok());
        model.refreshFeeds({feeds.at(2), feeds.at(1)});
        QCOMPARE(resets.size(), 1);
        QVERIFY(!model.indexOfFeed(feeds.at(2)).isValid());
        QCOMPARE(model.totalUnread(), 18);

        // Counts that change with the shape unchanged keep every index (a view's place).
        const QPersistentModelIndex kept = model.indexOfFeed(feeds.at(4));
        TestProfile::appendItems(*writer, feeds.at(4), 1, now.addSecs(120), u"New4-"_s);
        model.refresh();
        QCOMPARE(resets.size(), 1);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(FeedListModel::UnreadRole).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestFeedListModel)
#include "tst_feedlistmodel.moc"
