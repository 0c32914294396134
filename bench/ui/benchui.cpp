// SPDX-License-Identifier: MIT
// The item table at 10k, 100k and 1M items: profiles built through the app's own store, then
// the real binary's first paint (process start to painted rows) and peak memory, and in-process
// through a real view the time to show the last row and to drag the scroll bar from top to
// bottom. Prints figures; never passes or fails.
#include "itemreader.h"
#include "itemtablemodel.h"
#include "parsing/parsedfeed.h"
#include "storage/feedstore.h"
#include "storage/storeitemreader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

QTextStream out(stdout);

/// Fills a profile with `total` items over 1000 feeds, one transaction per feed as a fetch would.
void buildProfile(const QString &dir, int total)
{
    auto opened = FeedStore::open(dir + u"/freshet.db"_s, u"build"_s);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    std::unique_ptr<FeedStore> store = std::move(opened).value();
    const int feeds = std::min(1000, total);
    const int perFeed = total / feeds;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int f = 0; f < feeds; ++f) {
        const Feed feed = store->addFeed(u"http://127.0.0.1:9/gen/%1.xml"_s.arg(f)).value();
        ParsedFeed parsed;
        parsed.title = u"Generated feed %1"_s.arg(f);
        parsed.items.reserve(perFeed);
        for (int i = 0; i < perFeed; ++i) {
            ParsedItem item;
            item.id = u"%1-%2"_s.arg(f).arg(i);
            item.title = u"Item %1 of feed %2: a headline of ordinary length for a news item"_s.arg(i).arg(f);
            item.link = u"https://example.org/%1/%2"_s.arg(f).arg(i);
            item.summary = u"<p>A summary paragraph of about the size feeds send, item %1.</p>"_s.arg(i);
            item.published = now.addSecs(-qint64(i) * 3600 - f);
            item.authors << ParsedPerson{u"Author %1"_s.arg((f * 7 + i) % 97), {}, {}, {}};
            parsed.items << item;
        }
        FeedFetchUpdate update;
        update.outcome = FeedOutcome::Updated;
        update.fetchedAt = now;
        if (!store->applyFetch(feed.id, update, &parsed))
            qFatal("write failed");
    }
}

struct ProcessFigures
{
    qint64 firstPaintMs = -1;
    qint64 peakRssKb = -1;
};

/// Runs `freshet --quit-after-first-paint` and reads its line and its peak RSS (wait4).
ProcessFigures firstPaint(const QString &binary, const QString &profile)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    process.start(binary, {u"--profile"_s, profile, u"--quit-after-first-paint"_s});
    ProcessFigures figures;
    if (!process.waitForStarted())
        return figures;
    const pid_t pid = pid_t(process.processId());
    if (!process.waitForReadyRead(60000))
        return figures;
    const QString line = QString::fromUtf8(process.readLine());
    if (line.startsWith(u"first-paint-ms "_s))
        figures.firstPaintMs = line.section(u' ', 1, 1).toLongLong();
    // Reap it ourselves to read its resource usage.
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) == pid)
        figures.peakRssKb = usage.ru_maxrss;
    process.waitForFinished(1000);
    return figures;
}

/// This process's resident memory now (not its peak).
qint64 currentRssKb()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024) : 0;
}

struct ScrollFigures
{
    QString sort;
    double sortMs = 0;
    double middleMs = 0;
    double endMs = 0;
    double topMs = 0;
    double dragSeconds = 0;
    double worstStepMs = 0;
    int held = 0;
    bool ok = false;
};

/// Through a real view: the sort chosen (as a header click: count, first page, paint), the last
/// row at once (End), back to the first (Home), then the scroll bar dragged from top to bottom
/// in 200 painted steps; the longest step is what a person feels.
ScrollFigures scroll(ItemReader &reader, int column, Qt::SortOrder order)
{
    ItemTableModel model(&reader);
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(1000, 700);
    view.show();
    model.setFilter({});
    QCoreApplication::processEvents();
    ScrollFigures figures;
    figures.sort = model.headerData(column, Qt::Horizontal).toString() + (order == Qt::AscendingOrder ? u" asc"_s : u" desc"_s);
    // A click on the header: count again, read the first page, paint it.
    QElapsedTimer clock;
    clock.start();
    model.sort(column, column == ItemTableModel::DateColumn && order == Qt::DescendingOrder ? Qt::AscendingOrder : order);
    model.sort(column, order);
    view.repaint();
    figures.sortMs = double(clock.nsecsElapsed()) / 1e6;
    // The middle, far from anything read: the worst skip there is.
    QScrollBar *bar = view.verticalScrollBar();
    clock.restart();
    bar->setValue(bar->maximum() / 2);
    view.repaint();
    figures.middleMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    view.scrollToBottom();
    view.repaint();
    figures.endMs = double(clock.nsecsElapsed()) / 1e6;
    figures.ok = model.isHeld(model.rowCount() - 1);
    clock.restart();
    view.scrollToTop();
    view.repaint();
    figures.topMs = double(clock.nsecsElapsed()) / 1e6;
    figures.ok = figures.ok && model.isHeld(0);
    clock.restart();
    for (int step = 0; step <= 200; ++step) {
        QElapsedTimer one;
        one.start();
        bar->setValue(int(qint64(bar->maximum()) * step / 200));
        view.repaint();
        figures.worstStepMs = std::max(figures.worstStepMs, double(one.nsecsElapsed()) / 1e6);
    }
    figures.dragSeconds = double(clock.elapsed()) / 1000.0;
    figures.held = model.heldRowCount();
    return figures;
}

/// Every item read (or unread again), straight in SQL: the profile is the benchmark's own.
void setEverythingRead(const QString &databasePath, bool read)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-flags"_s);
        db.setDatabaseName(databasePath);
        if (db.open())
            QSqlQuery(db).exec(read ? u"UPDATE items SET read = 1"_s : u"UPDATE items SET read = 0"_s);
    }
    QSqlDatabase::removeDatabase(u"bench-flags"_s);
}

/// N (next unread) from the first row when nothing is unread, in each order: what a person
/// waits for before "No more unread items." (a walk over every row froze 110k items for 3 s).
QStringList nextUnreadWithNoneLeft(ItemReader &reader, const QList<std::pair<int, Qt::SortOrder>> &sorts)
{
    QStringList figures;
    for (const auto &[column, order] : sorts) {
        ItemTableModel model(&reader);
        model.sort(column, order);
        model.setFilter(model.filter());
        QElapsedTimer clock;
        clock.start();
        const std::optional<int> row = model.unreadRowFrom(0, 1);
        figures << u"%1 %2 ms%3"_s.arg(model.headerData(column, Qt::Horizontal).toString())
                       .arg(double(clock.nsecsElapsed()) / 1e6, 0, 'f', 1)
                       .arg(row ? u" (WRONG: found one)"_s : QString());
    }
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"sizes"_s, u"Item counts, comma-separated."_s, u"LIST"_s, u"10000,100000,1000000"_s});
    parser.addOption({u"binary"_s, u"The freshet binary."_s, u"PATH"_s, QString::fromLocal8Bit(FRESHET_BINARY)});
    parser.addOption({u"keep"_s, u"Build the profiles under this folder once and reuse them."_s, u"DIR"_s});
    parser.addOption({u"paints"_s, u"How many times to start the binary for first paint (best and median shown)."_s, u"N"_s, u"1"_s});
    parser.addHelpOption();
    parser.process(app);

    out << "Item table benchmark (offscreen; figures, not pass/fail)\n";
    out << u"%1 %2 %3 %4 %5 %6\n"_s.arg(u"items"_s, 9)
               .arg(u"build s"_s, 9)
               .arg(u"db MB"_s, 8)
               .arg(u"first paint ms"_s, 15)
               .arg(u"peak RSS MB"_s, 12)
               .arg(u"scroll RSS +MB"_s, 16);
    out << u"          %1 %2 %3 %4 %5 %6 %7 %8\n"_s.arg(u"sort"_s, -12)
               .arg(u"sort ms"_s, 7)
               .arg(u"middle ms"_s, 9)
               .arg(u"end ms"_s, 7)
               .arg(u"top ms"_s, 7)
               .arg(u"drag s"_s, 7)
               .arg(u"step ms"_s, 7)
               .arg(u"held"_s, 7);
    const QList<std::pair<int, Qt::SortOrder>> sorts = {{ItemTableModel::DateColumn, Qt::DescendingOrder},
                                                        {ItemTableModel::TitleColumn, Qt::AscendingOrder},
                                                        {ItemTableModel::FeedColumn, Qt::AscendingOrder},
                                                        {ItemTableModel::AuthorColumn, Qt::DescendingOrder}};
    const QStringList sizes = parser.value(u"sizes"_s).split(u',');
    for (const QString &size : sizes) {
        const int total = size.toInt();
        // --keep DIR: build each profile once under DIR and reuse it (the million takes minutes).
        QTemporaryDir scratch;
        const QString keep = parser.value(u"keep"_s);
        const QDir profile(keep.isEmpty() ? scratch.path() : QDir(keep).filePath(size));
        const bool reuse = !keep.isEmpty() && QFileInfo::exists(profile.filePath(u"freshet.db"_s));
        if (!keep.isEmpty())
            QDir().mkpath(profile.path());
        QElapsedTimer clock;
        clock.start();
        if (!reuse)
            buildProfile(profile.path(), total);
        const double buildSeconds = double(clock.elapsed()) / 1000.0;
        // The title and author orders' indexes come with the first sort by them (schema 18):
        // what a person waits for once, then present as for someone who sorts that way.
        QStringList ordersPrepared;
        {
            auto opened = FeedStore::open(profile.filePath(u"freshet.db"_s), u"orders"_s);
            if (!opened)
                qFatal("%s", qPrintable(opened.error()));
            for (const auto &[by, name] : {std::pair{ItemSortColumn::Title, u"title"_s}, std::pair{ItemSortColumn::Author, u"author"_s}}) {
                if (opened.value()->sortIndexesPresent(by).value()) {
                    ordersPrepared << name + u" kept"_s;
                    continue;
                }
                QElapsedTimer building;
                building.start();
                if (!opened.value()->createSortIndexes(by))
                    qFatal("could not build the %s order's indexes", qPrintable(name));
                ordersPrepared << u"%1 %2 ms"_s.arg(name).arg(building.elapsed());
            }
        }
        const double dbMb = double(QFileInfo(profile.filePath(u"freshet.db"_s)).size()) / (1024.0 * 1024.0);

        // On a shared machine one start can wait for a core: several starts, best and median.
        QList<qint64> paints;
        qint64 peakRssKb = 0;
        for (int run = 0; run < std::max(1, parser.value(u"paints"_s).toInt()); ++run) {
            const ProcessFigures paint = firstPaint(parser.value(u"binary"_s), profile.path());
            paints << paint.firstPaintMs;
            peakRssKb = std::max(peakRssKb, paint.peakRssKb);
        }
        std::sort(paints.begin(), paints.end());
        const QString paintText = paints.size() == 1 ? QString::number(paints.constFirst())
                                                     : u"%1 / %2"_s.arg(paints.constFirst()).arg(paints.at(paints.size() / 2));

        const double rssBeforeMb = double(currentRssKb()) / 1024.0;
        auto opened = FeedStore::open(profile.filePath(u"freshet.db"_s), u"reader"_s);
        StoreItemReader reader(std::move(opened).value());
        QList<ScrollFigures> scrolls;
        for (const auto &[column, order] : sorts)
            scrolls << scroll(reader, column, order);
        const double gainedMb = double(currentRssKb()) / 1024.0 - rssBeforeMb;

        out << u"%1 %2 %3 %4 %5 %6\n"_s.arg(total, 9)
                   .arg(buildSeconds, 9, 'f', 1)
                   .arg(dbMb, 8, 'f', 1)
                   .arg(paintText, 15)
                   .arg(double(peakRssKb) / 1024.0, 12, 'f', 1)
                   .arg(gainedMb, 16, 'f', 1);
        for (const ScrollFigures &figures : std::as_const(scrolls)) {
            out << u"          %1 %2 %3 %4 %5 %6 %7 %8 %9\n"_s.arg(figures.sort, -12)
                       .arg(figures.sortMs, 7, 'f', 1)
                       .arg(figures.middleMs, 9, 'f', 1)
                       .arg(figures.endMs, 7, 'f', 1)
                       .arg(figures.topMs, 7, 'f', 1)
                       .arg(figures.dragSeconds, 7, 'f', 2)
                       .arg(figures.worstStepMs, 7, 'f', 1)
                       .arg(figures.held, 7)
                       .arg(figures.ok ? u"ok"_s : u"WRONG ROWS"_s);
        }
        out << u"          first sort by title or author (its indexes built, once): "_s << ordersPrepared.join(u", "_s) << u'\n';
        setEverythingRead(profile.filePath(u"freshet.db"_s), true);
        out << u"          next unread, none left: "_s << nextUnreadWithNoneLeft(reader, sorts).join(u", "_s) << u'\n';
        setEverythingRead(profile.filePath(u"freshet.db"_s), false);
        out.flush();
    }
    out << "Targets: first paint under 300 ms and under 200 MB at 1,000,000 items (issue 5), under 200 ms (issue 22).\n";
    return 0;
}
