// SPDX-License-Identifier: MIT
// ItemTableModel over a real SQLite store: every sort order, paging and holding only rows near
// what is looked at, and new rows arriving without a reset.
#include "itemtablemodel.h"
#include "storage/storeitemreader.h"
#include "testprofile.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

struct Row
{
    QString title;
    QString author;
    int minutesAgo = 0;
};

const QDateTime base = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

/// Stores rows for a feed (created when `url` is new) through the store's own write path.
qint64 addRows(FeedStore &store, const QString &url, const QString &feedTitle, const QList<Row> &rows, const QString &keyPrefix)
{
    Result<std::optional<Feed>> existing = store.localFeedByUrl(url);
    const qint64 feedId = existing.value() ? existing.value()->id : store.addFeed(url).value().id;
    ParsedFeed parsed;
    parsed.title = feedTitle;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ParsedItem item;
        item.id = u"%1-%2"_s.arg(keyPrefix).arg(i);
        item.title = rows.at(i).title;
        item.link = u"https://example.org/%1/%2"_s.arg(keyPrefix).arg(i);
        if (!rows.at(i).author.isEmpty())
            item.authors << ParsedPerson{rows.at(i).author, {}, {}, {}};
        item.published = base.addSecs(-60 * rows.at(i).minutesAgo);
        parsed.items << item;
    }
    TestProfile::storeParsed(store, feedId, parsed);
    return feedId;
}

/// Titles and authors that NOCASE orders differently from a plain or a QString comparison:
/// case only differs for ASCII, "_" sorts before letters once folded, and code point order
/// (UTF-8) puts U+FFFD before U+1F600 where UTF-16 units put it after.
const QStringList trickyTitles = {u"apple"_s,
                                  u"Apple"_s,
                                  u"APPLE"_s,
                                  u"banana"_s,
                                  u"Banana split"_s,
                                  u"_under"_s,
                                  u"Zebra"_s,
                                  u"zebra"_s,
                                  u"\u00C4hre"_s,
                                  u"\u00E4pfel"_s,
                                  u"\U0001F600 smile"_s,
                                  u"\uFFFD replacement"_s,
                                  u"\uFF21 fullwidth"_s,
                                  QString(),
                                  u"Same title"_s};
const QStringList trickyAuthors = {QString(), u"Ann"_s, u"ann"_s, u"Bob"_s, u"\u00C9mile"_s, u"Ann"_s, u"ANN"_s, u"\u00E9mile"_s};

/// 5 feeds x 40 items: many equal titles, authors and dates (the id must break every tie), and
/// a feed without a title (its address is its name).
void fillSortProfile(FeedStore &store)
{
    const QList<std::pair<QString, QString>> feeds = {{u"https://a.example/feed"_s, u"alpha news"_s},
                                                      {u"https://b.example/feed"_s, u"Beta"_s},
                                                      {u"https://c.example/feed"_s, QString()},
                                                      {u"https://d.example/feed"_s, u"\u00C4rzte"_s},
                                                      {u"https://e.example/feed"_s, u"zeta"_s}};
    int n = 0;
    for (const auto &[url, title] : feeds) {
        QList<Row> rows;
        for (int i = 0; i < 40; ++i, ++n)
            rows << Row{i % 3 == 0 ? u"Same title"_s : trickyTitles.at(n % trickyTitles.size()),
                        trickyAuthors.at(n % trickyAuthors.size()), (n * 7) % 5};
        addRows(store, url, title, rows, u"k"_s);
    }
}

/// Every row as the model gives it, top to bottom (reading rows it does not hold).
QList<qint64> modelIds(const ItemTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const std::optional<Item> item = model.itemAt(row);
        ids << (item ? item->id : -1);
    }
    return ids;
}

/// `count` feeds (f0 … ) of `items` items each ("Old<f>-<n>"), feed f's newest `f * spacingSeconds`
/// before `newest`, one minute apart: the feeds' items interleave by date.
QList<qint64> addFeedsOfOldItems(FeedStore &writer, int count, int items, const QDateTime &newest, int spacingSeconds)
{
    QList<qint64> feeds;
    for (int f = 0; f < count; ++f)
        feeds << TestProfile::addFeedWithItems(writer, u"https://f%1.example/feed"_s.arg(f), items,
                                               newest.addSecs(-qint64(f) * spacingSeconds), u"Old%1-"_s.arg(f));
    return feeds;
}

/// The same rows bottom to top, so the model reads upwards from the end.
QList<qint64> modelIdsBackwards(const ItemTableModel &model)
{
    QList<qint64> ids(model.rowCount(), -1);
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        const std::optional<Item> item = model.itemAt(row);
        ids[row] = item ? item->id : -1;
    }
    return ids;
}

/// The store's answer in one query, no paging: what the model must show.
QList<Item> storeRows(FeedStore &store, const ItemQuery &filter)
{
    ItemQuery query = filter;
    query.limit = -1;
    return store.items(query).value();
}

QList<qint64> idsOf(const QList<Item> &items)
{
    QList<qint64> ids;
    for (const Item &item : items)
        ids << item.id;
    return ids;
}

ItemQuery sorted(ItemSortColumn column, Qt::SortOrder order, ItemQuery query = {})
{
    query.sort = ItemSort{column, order};
    return query;
}

struct Written
{
    QString title;
    QString summary;
    QDateTime published;
};

/// Stores items with their own text and dates, newest first as the table shows them.
void addWritten(FeedStore &store, const QList<Written> &items)
{
    const qint64 feedId = store.addFeed(u"https://w.example/feed"_s).value().id;
    ParsedFeed parsed;
    for (qsizetype i = 0; i < items.size(); ++i) {
        ParsedItem item;
        item.id = u"w-%1"_s.arg(i);
        item.title = items.at(i).title;
        item.summary = items.at(i).summary;
        item.published = items.at(i).published;
        parsed.items << item;
    }
    TestProfile::storeParsed(store, feedId, parsed);
}

} // namespace

class TestItemTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void datesAreShortWithoutSecondsAndNameTheWeekday()
    {
        TestProfile profile;
        auto store = profile.openStore(u"writer"_s);
        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime threeDaysAgo = now.addDays(-3);
        const QDateTime monthAgo = now.addDays(-30);
        addWritten(*store, {{u"today"_s, {}, now.toUTC()}, {u"this week"_s, {}, threeDaysAgo.toUTC()}, {u"older"_s, {}, monthAgo.toUTC()}});
        StoreItemReader reader(profile.openStore(u"reader"_s));
        // The C locale's short time has seconds ("HH:mm:ss"), German's not: neither shows them.
        for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::German, QLocale::Germany)}) {
            QLocale::setDefault(locale);
            ItemTableModel model(&reader);
            model.setFilter({});
            QCOMPARE(model.rowCount(), 3);
            const auto date = [&](int row) { return model.index(row, ItemTableModel::DateColumn).data().toString(); };
            static const QRegularExpression hoursMinutes(u"^\\d{1,2}:\\d{2}$"_s);
            QVERIFY2(hoursMinutes.match(date(0)).hasMatch(), qPrintable(date(0)));
            QCOMPARE(date(0), u"%1:%2"_s.arg(now.time().hour(), 2, 10, QLatin1Char('0')).arg(now.time().minute(), 2, 10, QLatin1Char('0')));
            const QString weekday = locale.dayName(threeDaysAgo.date().dayOfWeek(), QLocale::ShortFormat);
            QVERIFY2(date(1).startsWith(weekday + u' '), qPrintable(date(1)));
            QVERIFY2(hoursMinutes.match(date(1).mid(weekday.size() + 1)).hasMatch(), qPrintable(date(1)));
            QCOMPARE(date(2), locale.toString(monthAgo.date(), QLocale::ShortFormat));
        }
        QLocale::setDefault(QLocale::system());
    }

    void anItemWithoutATitleShowsItsFirstWords()
    {
        TestProfile profile;
        auto store = profile.openStore(u"writer"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        addWritten(*store, {
                               {{}, u"<p>Hello &amp; <b>welcome</b> to<br>a post with many words: one two three four five six</p>"_s, now},
                               // A comment holding ">" and a tag name in text: a pattern would read them wrongly.
                               {{}, u"<p>Before <!-- a > b <p> --> after &lt;p&gt; is text</p>"_s, now.addSecs(-60)},
                               {{}, QString(), now.addSecs(-120)},
                               {u"A title"_s, u"<p>Its text</p>"_s, now.addSecs(-180)},
                               {{}, u"Short"_s + QString(2000, u'x') + u" tail"_s, now.addSecs(-240)},
                           });
        StoreItemReader reader(profile.openStore(u"reader"_s));
        ItemTableModel model(&reader);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 5);
        const auto title = [&](int row) { return model.index(row, ItemTableModel::TitleColumn).data().toString(); };
        QCOMPARE(title(0), u"Hello & welcome to a post with many words: one two three\u2026"_s);
        QCOMPARE(title(1), u"Before after <p> is text"_s);
        QCOMPARE(title(2), ItemTableModel::tr("(no title)"));
        QCOMPARE(title(3), u"A title"_s);
        // Only the start of a long text is read: one word of it, cut where the reading stopped.
        QVERIFY2(title(4).startsWith(u"Shortxxx"_s) && title(4).size() < 700, qPrintable(title(4).left(80)));
        QCOMPARE(model.index(0, ItemTableModel::TitleColumn).data(Qt::ToolTipRole).toString(), title(0));
    }

    void noCaseMatchesSqlite()
    {
        TestProfile profile;
        auto store = profile.openStore(u"store"_s);
        QStringList texts = trickyTitles + trickyAuthors + QStringList{u"a"_s,      u"A"_s,       u"ab"_s,     u"aB"_s, u"a b"_s,
                                                                       u"Z"_s,      u"["_s,       u"`"_s,      u"{"_s,  u"\u00E9"_s,
                                                                       u"\u00C9"_s, u"e\u0301"_s, u"\u0130"_s, u"i"_s,  u"I"_s};
        texts.removeAll(QString());
        texts << u""_s;
        QSqlQuery sql(store->database());
        QVERIFY(sql.exec(u"CREATE TEMP TABLE t (x TEXT)"_s));
        for (const QString &text : std::as_const(texts)) {
            sql.prepare(u"INSERT INTO t VALUES (?)"_s);
            sql.addBindValue(text);
            QVERIFY(sql.exec());
        }
        QVERIFY(sql.exec(u"SELECT a.x, b.x, a.x < b.x COLLATE NOCASE, a.x = b.x COLLATE NOCASE FROM t a, t b"_s));
        int pairs = 0;
        while (sql.next()) {
            const QString a = sql.value(0).toString();
            const QString b = sql.value(1).toString();
            const int mine = compareNoCase(a, b);
            QVERIFY2((mine < 0) == sql.value(2).toBool(), qPrintable(a + u" < "_s + b));
            QVERIFY2((mine == 0) == sql.value(3).toBool(), qPrintable(a + u" = "_s + b));
            ++pairs;
        }
        QCOMPARE(pairs, int(texts.size() * texts.size()));
        // The cases a QString comparison would get wrong.
        QVERIFY(compareNoCase(u"\uFFFD"_s, u"\U0001F600"_s) < 0);
        QVERIFY(QString(u"\uFFFD"_s) > QString(u"\U0001F600"_s));
        QVERIFY(compareNoCase(u"_"_s, u"a"_s) < 0);
        QVERIFY(compareNoCase(u"_"_s, u"A"_s) < 0);
        QVERIFY(compareNoCase(u"\u00C4"_s, u"\u00E4"_s) != 0);
    }

    void everyOrderPagesThroughAllRows_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        for (int column : {int(ItemTableModel::TitleColumn), int(ItemTableModel::FeedColumn), int(ItemTableModel::AuthorColumn),
                           int(ItemTableModel::DateColumn)}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "ascending" : "descending") << column << order;
        }
    }

    void everyOrderPagesThroughAllRows()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        TestProfile profile;
        auto store = profile.openStore(u"writer"_s);
        fillSortProfile(*store);
        StoreItemReader reader(profile.openStore(u"reader"_s));
        ItemTableModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Pages of 7 and at most 30 rows held: many page edges fall among equal keys.
        model.setPageSize(7);
        model.setCapacity(30);
        model.setFilter({});
        model.sort(column, order);
        QCOMPARE(model.sortColumn(), column);
        QCOMPARE(model.sortOrder(), order);

        const QList<Item> expected = storeRows(*store, model.filter());
        QCOMPARE(expected.size(), 200);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(modelIds(model), idsOf(expected));
        QVERIFY(model.heldRowCount() <= model.capacity());
        QCOMPARE(modelIdsBackwards(model), idsOf(expected));
        QVERIFY(model.heldRowCount() <= model.capacity());
        // Jumps far from anything held, from either end or from held rows.
        for (int row : {150, 3, 199, 100, 0, 101, 57, 198})
            QCOMPARE(model.itemAt(row)->id, expected.at(row).id);
        // The model's own comparison (used to place new rows) agrees with SQLite's order.
        const ItemSort sort = model.filter().sort;
        for (qsizetype i = 1; i < expected.size(); ++i)
            QVERIFY2(compareInOrder(sort, expected.at(i - 1), expected.at(i)) < 0, qPrintable(QString::number(i)));
        // And the order is the one asked for.
        for (qsizetype i = 1; i < expected.size(); ++i) {
            const Item &a = expected.at(i - 1);
            const Item &b = expected.at(i);
            int c = 0;
            if (column == ItemTableModel::TitleColumn)
                c = compareNoCase(a.title, b.title);
            else if (column == ItemTableModel::AuthorColumn)
                c = compareNoCase(a.author, b.author);
            else if (column == ItemTableModel::FeedColumn)
                c = compareNoCase(a.feedSortName, b.feedSortName);
            else
                c = a.sortAt < b.sortAt ? -1 : a.sortAt > b.sortAt ? 1 : 0;
            QVERIFY(order == Qt::AscendingOrder ? c <= 0 : c >= 0);
            if (c == 0 && column != ItemTableModel::FeedColumn)
                QVERIFY(order == Qt::AscendingOrder ? a.id < b.id : a.id > b.id);
        }
    }

    void titlesSortAsSqliteNoCase()
    {
        TestProfile profile;
        auto store = profile.openStore(u"writer"_s);
        QList<Row> rows;
        for (const QString &title : trickyTitles)
            rows << Row{title, {}, 0};
        addRows(*store, u"https://a.example/feed"_s, u"A"_s, rows, u"t"_s);
        StoreItemReader reader(profile.openStore(u"reader"_s));
        ItemTableModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(4);
        model.setFilter(sorted(ItemSortColumn::Title, Qt::AscendingOrder));
        QStringList titles;
        for (int row = 0; row < model.rowCount(); ++row)
            titles << model.itemAt(row)->title;
        // Worked out by hand from SQLite's NOCASE: ASCII folded, everything else by code point,
        // equal titles by id (a document is stored last item first, so the reverse of the list).
        const QStringList expected = {u""_s,
                                      u"_under"_s,
                                      u"APPLE"_s,
                                      u"Apple"_s,
                                      u"apple"_s,
                                      u"banana"_s,
                                      u"Banana split"_s,
                                      u"Same title"_s,
                                      u"zebra"_s,
                                      u"Zebra"_s,
                                      u"\u00C4hre"_s,
                                      u"\u00E4pfel"_s,
                                      u"\uFF21 fullwidth"_s,
                                      u"\uFFFD replacement"_s,
                                      u"\U0001F600 smile"_s};
        QCOMPARE(titles, expected);
    }

    void filtersWorkWithEverySort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("filter");
        const QStringList filters = {u"unread"_s, u"starred"_s, u"feed"_s, u"search"_s, u"feed+unread+search"_s};
        for (int column : {int(ItemTableModel::TitleColumn), int(ItemTableModel::FeedColumn), int(ItemTableModel::AuthorColumn),
                           int(ItemTableModel::DateColumn)}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                for (const QString &filter : filters)
                    QTest::addRow("%d %d %s", column, int(order), qPrintable(filter)) << column << order << filter;
            }
        }
    }

    void filtersWorkWithEverySort()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, filter);
        TestProfile profile;
        auto store = profile.openStore(u"writer"_s);
        fillSortProfile(*store);
        // Some rows read, some starred, scattered through every order.
        const QList<Item> all = storeRows(*store, {});
        QList<qint64> read;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (i % 3 != 1)
                read << all.at(i).id;
            if (i % 4 == 0)
                QVERIFY(store->setStarred(all.at(i).id, true).ok());
        }
        QVERIFY(store->setRead(read, true).ok());
        StoreItemReader reader(profile.openStore(u"reader"_s));
        ItemTableModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(5);
        model.setCapacity(12);
        ItemQuery query;
        query.unreadOnly = filter.contains(u"unread"_s);
        query.starredOnly = filter.contains(u"starred"_s);
        if (filter.contains(u"feed"_s))
            query.feedId = store->localFeedByUrl(u"https://b.example/feed"_s).value()->id;
        if (filter.contains(u"search"_s))
            query.search = u"apple"_s;
        model.setFilter(query);
        model.sort(column, order);
        const QList<Item> expected = storeRows(*store, model.filter());
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < 200);
        QCOMPARE(model.rowCount(), expected.size());
        QCOMPARE(modelIds(model), idsOf(expected));
        QCOMPARE(modelIdsBackwards(model), idsOf(expected));
        QVERIFY(model.heldRowCount() <= model.capacity());
    }

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
        QCOMPARE(before, 50);
        const QPersistentModelIndex watched = model.index(3, ItemTableModel::TitleColumn);
        const qint64 watchedId = watched.data(ItemTableModel::ItemIdRole).toLongLong();

        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        TestProfile::appendItems(*writer, feedId, 3, now, u"Fresh"_s);
        model.insertNewItems();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 1); // one run of three at the top
        QCOMPARE(model.rowCount(), before + 3);
        QCOMPARE(model.index(0, ItemTableModel::TitleColumn).data().toString(), u"Fresh 0"_s);
        QVERIFY(model.isHeld(0)); // the top was held: the new rows are read with it
        QCOMPARE(watched.data(ItemTableModel::ItemIdRole).toLongLong(), watchedId);
        QCOMPARE(watched.row(), 6);

        // Nothing new: nothing happens.
        model.insertNewItems();
        QCOMPARE(inserts.size(), 1);
    }

    void aSearchTakesNewRowsInOnceTheyAreInTheSearchIndex()
    {
        TestProfile profile;
        auto writer = profile.openStore(u"writer"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 feedId = TestProfile::addFeedWithItems(*writer, u"https://a.example/feed"_s, 5, now.addSecs(-3600), u"Old"_s);
        StoreItemReader reader(profile.openStore(u"reader"_s));
        ItemTableModel model(&reader);
        ItemQuery search;
        search.search = u"fresh"_s;
        model.setFilter(search);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        // A run's batch: stored, in the list at once, in the search index at the run's end.
        QVERIFY(writer->beginBatch().ok());
        TestProfile::appendItems(*writer, feedId, 3, now, u"Fresh"_s);
        QVERIFY(writer->commitBatch().ok());
        model.insertNewItems();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(writer->indexSearchBacklog().ok());
        model.insertNewItems();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ItemTableModel::TitleColumn).data().toString(), u"Fresh 0"_s);
    }

    void scatteredRowsAreOneLayoutChangeThatKeepsTheSelection()
    {
        TestProfile profile;
        auto writer = profile.openStore(u"writer"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // 80 feeds whose items interleave by date: a new item of each lands between old rows.
        const QList<qint64> feeds = addFeedsOfOldItems(*writer, 80, 5, now.addSecs(-100000), 7);
        StoreItemReader reader(profile.openStore(u"reader"_s));
        ItemTableModel model(&reader);
        model.setPageSize(1000);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 400);
        QCOMPARE(model.heldRowCount(), 400);
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
        QCOMPARE(model.heldRowCount(), 480);
        QCOMPARE(watched.data(ItemTableModel::ItemIdRole).toLongLong(), watchedId);
        QCOMPARE(modelIds(model), idsOf(storeRows(*writer, model.filter())));
    }

    void aFloodIsPlacedInTurnsWithTheWindowAnsweringBetween()
    {
        TestProfile profile;
        auto writer = profile.openStore(u"writer"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<qint64> feeds = addFeedsOfOldItems(*writer, 50, 4, now, 60);
        StoreItemReader reader(profile.openStore(u"reader"_s));
        ItemTableModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(20);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 200);
        const QPersistentModelIndex selected = model.index(3, ItemTableModel::TitleColumn);
        const qint64 selectedId = selected.data(ItemTableModel::ItemIdRole).toLongLong();

        // 5000 new rows, their dates spread through the old ones: three turns of at most 2000.
        for (int f = 0; f < 50; ++f)
            TestProfile::appendItems(*writer, feeds.at(f), 100, now.addSecs(-f * 61 - 30), u"New%1-"_s.arg(f));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.insertNewItems();
        QCOMPARE(model.rowCount(), 2200);
        // Between turns the table is every row up to an id, each in its place.
        const QList<qint64> part = modelIds(model);
        const qint64 partEnd = *std::max_element(part.cbegin(), part.cend());
        QList<qint64> storedUpToPartEnd;
        for (qint64 id : idsOf(storeRows(*writer, model.filter())))
            if (id <= partEnd)
                storedUpToPartEnd << id;
        QCOMPARE(part, storedUpToPartEnd);
        QTRY_COMPARE(model.rowCount(), 5200);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(selected.data(ItemTableModel::ItemIdRole).toLongLong(), selectedId);
        QCOMPARE(modelIds(model), idsOf(storeRows(*writer, model.filter())));

        // After the flood, a few new rows are read whole and held, as before it: at the top,
        // where the view looks again.
        QVERIFY(model.itemAt(0));
        QVERIFY(model.isHeld(0));
        TestProfile::appendItems(*writer, feeds.at(0), 3, now.addSecs(60), u"Newest"_s);
        model.insertNewItems();
        QCOMPARE(model.rowCount(), 5203);
        QVERIFY(model.isHeld(0));
        QCOMPARE(model.itemAt(0)->title.left(6), u"Newest"_s);
        QCOMPARE(modelIds(model), idsOf(storeRows(*writer, model.filter())));
    }

    void rowsBelowTheHeldOnesAreCountedAndReadWhenLookedAt()
    {
        TestProfile profile;
        auto writer = profile.openStore(u"writer"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 feedId = TestProfile::addFeedWithItems(*writer, u"https://a.example/feed"_s, 100, now);
        StoreItemReader reader(profile.openStore(u"reader"_s));
        ItemTableModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.heldRowCount() <= 10);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        TestProfile::appendItems(*writer, feedId, 1, now.addDays(-30), u"Ancient"_s);
        model.insertNewItems();
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(model.rowCount(), 101);
        QVERIFY(model.heldRowCount() <= 10); // counted, not read
        QCOMPARE(model.itemAt(100)->title, u"Ancient 0"_s);
        QCOMPARE(modelIds(model), idsOf(storeRows(*writer, model.filter())));
    }

    void newRowsInASortedViewGoToTheirPlaces_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<int>("newRows");
        for (int column : {int(ItemTableModel::TitleColumn), int(ItemTableModel::FeedColumn), int(ItemTableModel::AuthorColumn),
                           int(ItemTableModel::DateColumn)}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                // A few (row inserts), many scattered (one layout change), a flood (counted only).
                for (int count : {6, 60, 2100})
                    QTest::addRow("%d %d %d", column, int(order), count) << column << order << count;
            }
        }
    }

    void newRowsInASortedViewGoToTheirPlaces()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(int, newRows);
        TestProfile profile;
        auto store = profile.openStore(u"writer"_s);
        fillSortProfile(*store);
        StoreItemReader reader(profile.openStore(u"reader"_s));
        ItemTableModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(8);
        model.setCapacity(40);
        model.setFilter({});
        model.sort(column, order);
        // Something selected near the top, something far below, and the view looking at the middle.
        const QPersistentModelIndex top = model.index(5, ItemTableModel::TitleColumn);
        const qint64 topId = top.data(ItemTableModel::ItemIdRole).toLongLong();
        const QPersistentModelIndex far = model.index(170, ItemTableModel::TitleColumn);
        const qint64 farId = far.data(ItemTableModel::ItemIdRole).toLongLong();
        for (int row = 60; row < 140; ++row)
            QVERIFY(model.itemAt(row));
        QVERIFY(!model.isHeld(20));
        QVERIFY(model.isHeld(5)); // the view points at it: held however far the reading went
        QVERIFY(model.isHeld(170));

        QList<Row> rows;
        QRandomGenerator random(42);
        for (int i = 0; i < newRows; ++i)
            rows << Row{trickyTitles.at(random.bounded(int(trickyTitles.size()))) + (i % 2 ? u" new"_s : QString()),
                        trickyAuthors.at(random.bounded(int(trickyAuthors.size()))), int(random.bounded(-5, 10))};
        const QStringList urls = {u"https://a.example/feed"_s, u"https://c.example/feed"_s, u"https://new.example/feed"_s};
        for (int f = 0; f < 3; ++f)
            addRows(*store, urls.at(f), f == 2 ? u"Middle"_s : QString(),
                    rows.mid(f * newRows / 3, newRows / 3 + (f == 2 ? newRows % 3 : 0)), u"new"_s);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        model.insertNewItems();
        // A flood larger than one turn's keys goes on in later turns of the event loop.
        QTRY_COMPARE(model.rowCount(), 200 + newRows);
        QCOMPARE(resets.size(), 0);
        QVERIFY(inserts.size() + layouts.size() >= 1);
        QCOMPARE(top.data(ItemTableModel::ItemIdRole).toLongLong(), topId);
        QCOMPARE(far.data(ItemTableModel::ItemIdRole).toLongLong(), farId);
        const QList<Item> expected = storeRows(*store, model.filter());
        QCOMPARE(model.rowCount(), expected.size());
        QCOMPARE(top.row(), int(idsOf(expected).indexOf(topId)));
        QCOMPARE(far.row(), int(idsOf(expected).indexOf(farId)));
        QCOMPARE(modelIds(model), idsOf(expected));
        QVERIFY(model.heldRowCount() <= model.capacity() + 2);
    }

    void aThousandItemsToTheEndAndBackHoldingFew()
    {
        TestProfile profile;
        auto writer = profile.openStore(u"writer"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int f = 0; f < 3; ++f)
            TestProfile::addFeedWithItems(*writer, u"https://f%1.example/feed"_s.arg(f), 1000, now.addSecs(-f), u"F%1-"_s.arg(f));
        StoreItemReader reader(profile.openStore(u"reader"_s));
        ItemTableModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(50);
        model.setCapacity(200);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 3000);
        const QList<Item> expected = storeRows(*writer, model.filter());
        // The end at once, without reading what lies between.
        QCOMPARE(model.itemAt(2999)->id, expected.at(2999).id);
        QVERIFY(model.heldRowCount() <= 200);
        // Scrolling up from the end a row at a time reads by key from the held rows.
        for (int row = 2999; row >= 2500; --row)
            QCOMPARE(model.itemAt(row)->id, expected.at(row).id);
        QVERIFY(model.heldRowCount() <= 200);
        QCOMPARE(model.itemAt(0)->id, expected.at(0).id);
        QCOMPARE(model.itemAt(1500)->id, expected.at(1500).id);
        QCOMPARE(model.itemAt(1499)->id, expected.at(1499).id);
        QVERIFY(model.heldRowCount() <= 200);
        QCOMPARE(modelIds(model), idsOf(expected));
        QVERIFY(model.heldRowCount() <= 200);
    }

    void aRowReadInUnreadOnlyStaysInPlaceUntilRefresh()
    {
        TestProfile profile;
        auto writer = profile.openStore(u"writer"_s);
        TestProfile::addFeedWithItems(*writer, u"https://a.example/feed"_s, 300, QDateTime::currentDateTimeUtc());
        StoreItemReader reader(profile.openStore(u"reader"_s));
        ItemTableModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(10);
        model.setCapacity(30);
        ItemQuery unread;
        unread.unreadOnly = true;
        model.setFilter(sorted(ItemSortColumn::Title, Qt::AscendingOrder, unread));
        const qint64 readId = model.itemAt(4)->id;
        // What the window does when a person opens row 4: the store first, then the row.
        QVERIFY(writer->setRead({readId}, true).ok());
        model.setItemFlags(readId, true, false);
        // Far away and back: the read row is no longer in the store's answer, yet stays put.
        QVERIFY(model.itemAt(290));
        QVERIFY(model.itemAt(150));
        QCOMPARE(model.itemAt(4)->id, readId);
        QList<qint64> expected = idsOf(storeRows(*writer, model.filter()));
        expected.insert(4, readId);
        QCOMPARE(modelIds(model), expected);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        model.refresh();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removals.size(), 1);
        QCOMPARE(model.rowCount(), 299);
        QCOMPARE(model.rowOfItem(readId), -1);
        expected.removeAt(4);
        QCOMPARE(modelIds(model), expected);
    }

    void refreshAppliesWhatChangedAnywhere()
    {
        TestProfile profile;
        auto writer = profile.openStore(u"writer"_s);
        fillSortProfile(*writer);
        StoreItemReader reader(profile.openStore(u"reader"_s));
        ItemTableModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(6);
        model.setCapacity(20);
        ItemQuery unread;
        unread.unreadOnly = true;
        model.setFilter(sorted(ItemSortColumn::Author, Qt::DescendingOrder, unread));
        const QPersistentModelIndex watched = model.index(120, ItemTableModel::TitleColumn);
        const qint64 watchedId = watched.data(ItemTableModel::ItemIdRole).toLongLong();
        QVERIFY(model.itemAt(60));
        // Read elsewhere (another window, the command line): held rows, unheld rows, all over.
        QList<qint64> read;
        const QList<Item> all = storeRows(*writer, model.filter());
        for (qsizetype i = 0; i < all.size(); i += 3) {
            if (all.at(i).id != watchedId)
                read << all.at(i).id;
        }
        QVERIFY(writer->setRead(read, true).ok());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(resets.size(), 0);
        const QList<Item> expected = storeRows(*writer, model.filter());
        QCOMPARE(model.rowCount(), expected.size());
        QCOMPARE(watched.data(ItemTableModel::ItemIdRole).toLongLong(), watchedId);
        QCOMPARE(modelIds(model), idsOf(expected));

        // Everything read: the unread-only table empties without a reset.
        QVERIFY(writer->markAllRead(0).ok());
        model.refresh();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestItemTableModel)
#include "tst_itemtablemodel.moc"
