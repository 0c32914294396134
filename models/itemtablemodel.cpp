#include "itemtablemodel.h"

#include "itemreader.h"

#include <QFont>
#include <QLocale>
#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

bool sameShown(const Item &a, const Item &b)
{
    return a.title == b.title && a.read == b.read && a.starred == b.starred && a.author == b.author
           && a.feedTitle == b.feedTitle && a.sortAt == b.sortAt && a.image == b.image && a.link == b.link;
}

/// Today: the time; this year: day, month and time; older: the date.
QString shortDate(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    if (local.date() == today)
        return locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date().year() == today.year())
        return locale.toString(local, u"d MMM, "_s) + locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

std::optional<ItemSortColumn> sortColumnOf(int column)
{
    switch (column) {
    case ItemTableModel::TitleColumn: return ItemSortColumn::Title;
    case ItemTableModel::FeedColumn: return ItemSortColumn::Feed;
    case ItemTableModel::AuthorColumn: return ItemSortColumn::Author;
    case ItemTableModel::DateColumn: return ItemSortColumn::Date;
    default: return std::nullopt;
    }
}

} // namespace

/// Marks the time rows move: reads that would change what is held wait until it is over.
class ItemTableModel::Busy
{
public:
    explicit Busy(int &count) : m_count(count) { ++m_count; }
    ~Busy() { --m_count; }
    Q_DISABLE_COPY_MOVE(Busy)

private:
    int &m_count;
};

ItemTableModel::ItemTableModel(ItemReader *reader, QObject *parent) : QAbstractTableModel(parent), m_reader(reader)
{
}

ItemQuery ItemTableModel::baseQuery() const
{
    ItemQuery query;
    query.feedId = m_filter.feedId;
    query.unreadOnly = m_filter.unreadOnly;
    query.starredOnly = m_filter.starredOnly;
    query.search = m_filter.search;
    query.sort = m_filter.sort;
    query.idAtMost = m_seenMaxId;
    return query;
}

void ItemTableModel::setFilter(const ItemQuery &filter)
{
    m_started = true;
    beginResetModel();
    m_filter = ItemQuery();
    m_filter.feedId = filter.feedId;
    m_filter.unreadOnly = filter.unreadOnly;
    m_filter.starredOnly = filter.starredOnly;
    m_filter.search = filter.search;
    m_filter.sort = filter.sort;
    m_runs.clear();
    m_total = 0;
    m_seenMaxId = 0;
    m_lastWanted = 0;
    m_readsBroken = false;
    ItemQuery count = baseQuery();
    count.idAtMost = -1;
    Result<ItemReader::Snapshot> snapshot = m_reader->readSnapshot(count);
    if (snapshot) {
        m_seenMaxId = snapshot.value().maxItemId;
        m_total = snapshot.value().count;
    }
    endResetModel();
    if (!snapshot)
        fail(snapshot.error());
    else if (m_total > 0)
        loadAround(0);
}

bool ItemTableModel::isSortable(int column)
{
    return sortColumnOf(column).has_value();
}

void ItemTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<ItemSortColumn> by = sortColumnOf(column);
    if (!by || (m_filter.sort.column == *by && m_filter.sort.order == order))
        return;
    if (!m_started) {
        // Before the first filter there is nothing to read again.
        m_filter.sort = ItemSort{*by, order};
        return;
    }
    ItemQuery filter = m_filter;
    filter.sort = ItemSort{*by, order};
    setFilter(filter);
}

int ItemTableModel::sortColumn() const
{
    switch (m_filter.sort.column) {
    case ItemSortColumn::Title: return TitleColumn;
    case ItemSortColumn::Feed: return FeedColumn;
    case ItemSortColumn::Author: return AuthorColumn;
    case ItemSortColumn::Date: return DateColumn;
    }
    return DateColumn;
}

const Item *ItemTableModel::heldAt(int row) const
{
    const auto after = std::upper_bound(m_runs.cbegin(), m_runs.cend(), row, [](int r, const Run &run) { return r < run.start; });
    if (after == m_runs.cbegin())
        return nullptr;
    const Run &run = *std::prev(after);
    return row < run.end() ? &run.rows.at(row - run.start) : nullptr;
}

qsizetype ItemTableModel::runAtOrAfter(int row) const
{
    return std::partition_point(m_runs.cbegin(), m_runs.cend(), [row](const Run &run) { return run.end() <= row; })
           - m_runs.cbegin();
}

int ItemTableModel::heldRowCount() const
{
    int held = 0;
    for (const Run &run : m_runs)
        held += int(run.rows.size());
    return held;
}

std::optional<Item> ItemTableModel::itemAt(int row) const
{
    if (row < 0 || row >= m_total)
        return std::nullopt;
    m_lastWanted = row;
    if (const Item *held = heldAt(row))
        return *held;
    // A read never changes what the model says, only what it holds, so it may run from const
    // functions such as data(); but not while rows are moving.
    if (m_busy > 0 || m_readsBroken || !const_cast<ItemTableModel *>(this)->loadAround(row))
        return std::nullopt;
    if (const Item *held = heldAt(row))
        return *held;
    return std::nullopt;
}

bool ItemTableModel::loadAround(int row)
{
    Busy busy(m_busy);
    const qsizetype next = runAtOrAfter(row);
    const int gapStart = next > 0 ? m_runs.at(next - 1).end() : 0;
    const int gapEnd = next < m_runs.size() ? m_runs.at(next).start : m_total;
    const int half = m_pageSize / 2;
    int first = std::max(gapStart, row - half);
    int end = std::min(gapEnd, row + half + 1);
    // Close short gaps rather than leave slivers: fewer, longer runs.
    if (first - gapStart <= m_pageSize)
        first = gapStart;
    if (gapEnd - end <= m_pageSize)
        end = gapEnd;
    if (!readRange(next, first, end))
        return false;
    letGoFarRows(row);
    return true;
}

bool ItemTableModel::readRange(qsizetype next, int first, int end)
{
    const Run *before = next > 0 ? &m_runs.at(next - 1) : nullptr;
    const Run *after = next < m_runs.size() ? &m_runs.at(next) : nullptr;
    const int gapStart = before ? before->end() : 0;
    const int gapEnd = after ? after->start : m_total;
    ItemQuery query = baseQuery();
    if (before)
        query.lower = ItemBound{before->rows.constLast(), false};
    if (after)
        query.upper = ItemBound{after->rows.constFirst(), false};
    // From the nearer known row (or end of the table): the rows between are skipped inside
    // SQLite over the order's index, reading only keys; the page itself is read by key.
    const bool forward = first - gapStart <= gapEnd - end;
    const int skip = forward ? first - gapStart : gapEnd - end;
    query.reverse = !forward;
    if (skip > 0) {
        ItemQuery keyAt = query;
        keyAt.keysOnly = true;
        keyAt.offset = skip;
        keyAt.limit = 1;
        Result<QList<Item>> key = m_reader->readItems(keyAt);
        if (!key) {
            fail(key.error());
            return false;
        }
        if (key.value().isEmpty()) {
            resyncLater();
            return false;
        }
        (forward ? query.lower : query.upper) = ItemBound{key.value().constFirst(), true};
    }
    query.limit = end - first;
    Result<QList<Item>> rows = m_reader->readItems(query);
    if (!rows) {
        fail(rows.error());
        return false;
    }
    if (rows.value().size() != end - first) {
        // The store no longer agrees with the count (rows deleted behind the model's back).
        resyncLater();
        return false;
    }
    Run run{first, std::move(rows).value()};
    if (!forward)
        std::reverse(run.rows.begin(), run.rows.end());
    addRun(next, std::move(run));
    return true;
}

void ItemTableModel::addRun(qsizetype next, Run run)
{
    m_runs.insert(next, std::move(run));
    if (next + 1 < m_runs.size() && m_runs.at(next).end() == m_runs.at(next + 1).start) {
        m_runs[next].rows.append(m_runs.at(next + 1).rows);
        m_runs.removeAt(next + 1);
    }
    if (next > 0 && m_runs.at(next - 1).end() == m_runs.at(next).start) {
        m_runs[next - 1].rows.append(m_runs.at(next).rows);
        m_runs.removeAt(next);
    }
}

bool ItemTableModel::matchesFilter(const Item &item) const
{
    return !(m_filter.unreadOnly && item.read) && !(m_filter.starredOnly && !item.starred);
}

void ItemTableModel::letGoFarRows(int center)
{
    if (heldRowCount() <= m_capacity)
        return;
    const int keepFirst = center - m_capacity / 2;
    const int keepEnd = keepFirst + m_capacity;
    // Rows a view points at (current, selection) stay held so their place stays exact, and so
    // do rows the store would no longer return (read while "unread only" is on): nothing else
    // could say where they are.
    QSet<int> pinned;
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex &index : persistent)
        pinned.insert(index.row());
    QList<Run> kept;
    for (const Run &run : std::as_const(m_runs)) {
        if (run.start >= keepFirst && run.end() <= keepEnd) {
            kept << run;
            continue;
        }
        Run current;
        for (qsizetype i = 0; i < run.rows.size(); ++i) {
            const int row = run.start + int(i);
            const bool keep = (row >= keepFirst && row < keepEnd) || pinned.contains(row) || !matchesFilter(run.rows.at(i));
            if (keep) {
                if (current.rows.isEmpty())
                    current.start = row;
                current.rows << run.rows.at(i);
            } else if (!current.rows.isEmpty()) {
                kept << std::move(current);
                current = Run();
            }
        }
        if (!current.rows.isEmpty())
            kept << std::move(current);
    }
    m_runs = std::move(kept);
}

int ItemTableModel::rowOfItem(qint64 itemId) const
{
    for (const Run &run : m_runs) {
        for (qsizetype i = 0; i < run.rows.size(); ++i) {
            if (run.rows.at(i).id == itemId)
                return run.start + int(i);
        }
    }
    return -1;
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item *held = heldAt(index.row());
    std::optional<Item> read;
    if (!held) {
        read = itemAt(index.row());
        if (!read)
            return {};
        held = &*read;
    }
    const Item &item = *held;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UnreadColumn: return item.read ? QString() : u"\u25CF"_s;
        case StarColumn: return item.starred ? u"\u2605"_s : QString();
        case ThumbnailColumn: return QString();
        case TitleColumn: return item.title.isEmpty() ? tr("(no title)") : item.title;
        case FeedColumn: return item.feedTitle;
        case AuthorColumn: return item.author;
        case DateColumn: return shortDate(item.sortAt);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return item.title;
        if (index.column() == DateColumn)
            return QLocale().toString(item.sortAt.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::AccessibleTextRole:
        // What a screen reader says for the row: title, feed, date and whether it is unread.
        return tr("%1, %2, %3, %4").arg(item.title, item.feedTitle,
                                        QLocale().toString(item.sortAt.toLocalTime(), QLocale::ShortFormat),
                                        item.read ? tr("read") : tr("unread"));
    case Qt::FontRole:
        if (!item.read) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == UnreadColumn || index.column() == StarColumn)
            return int(Qt::AlignCenter);
        break;
    case ItemIdRole: return item.id;
    case FeedIdRole: return item.feedId;
    case ReadRole: return item.read;
    case StarredRole: return item.starred;
    case LinkRole: return item.link;
    case ImageRole: return item.image;
    default:
        break;
    }
    return {};
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case UnreadColumn: return u"\u25CF"_s;
        case StarColumn: return u"\u2605"_s;
        case ThumbnailColumn: return QString();
        case TitleColumn: return tr("Title");
        case FeedColumn: return tr("Feed");
        case AuthorColumn: return tr("Author");
        case DateColumn: return tr("Date");
        }
    }
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        if (section == UnreadColumn)
            return tr("Unread");
        if (section == StarColumn)
            return tr("Starred");
        if (section == ThumbnailColumn)
            return tr("Picture");
    }
    return {};
}

ItemTableModel::Place ItemTableModel::placeOf(const Item &item) const
{
    const ItemSort &sort = m_filter.sort;
    const auto run = std::partition_point(m_runs.cbegin(), m_runs.cend(), [&](const Run &r) {
        return compareInOrder(sort, r.rows.constLast(), item) < 0;
    });
    if (run == m_runs.cend())
        return {m_runs.size(), 0};
    const auto row = std::partition_point(run->rows.cbegin(), run->rows.cend(), [&](const Item &held) {
        return compareInOrder(sort, held, item) < 0;
    });
    const qsizetype offset = row - run->rows.cbegin();
    return {run - m_runs.cbegin(), offset, offset > 0};
}

void ItemTableModel::insertNewItems()
{
    if (m_busy > 0)
        return;
    Result<qint64> maxId = m_reader->readMaxItemId();
    if (!maxId) {
        fail(maxId.error());
        return;
    }
    if (maxId.value() <= m_seenMaxId)
        return;
    ItemQuery query = baseQuery();
    query.idAbove = m_seenMaxId;
    query.idAtMost = maxId.value();
    // In id order: SQLite walks only the new ids; sorting a few thousand rows here is cheaper
    // than letting it pick the sort's index and look at every row.
    query.byId = true;
    query.limit = floodRows + 1;
    Result<QList<Item>> fresh = m_reader->readItems(query);
    const bool flood = fresh && fresh.value().size() > floodRows;
    if (flood) {
        // A flood (the first fetch of an OPML import): only keys, to count each row at its
        // place; the rows themselves are read when they are looked at.
        query.keysOnly = true;
        query.limit = -1;
        fresh = m_reader->readItems(query);
    }
    if (!fresh) {
        fail(fresh.error());
        return;
    }
    m_seenMaxId = maxId.value();
    QList<Item> rows = std::move(fresh).value();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), [this](const Item &a, const Item &b) { return compareInOrder(m_filter.sort, a, b) < 0; });
    insertRows(std::move(rows), !flood);
    letGoFarRows(m_lastWanted);
}

void ItemTableModel::insertRows(QList<Item> sorted, bool holdable)
{
    struct Group
    {
        Place place;
        QList<Item> rows;
    };
    QList<Group> groups;
    for (Item &item : sorted) {
        const Place place = placeOf(item);
        if (groups.isEmpty() || !(groups.constLast().place == place))
            groups << Group{place, {}};
        groups.last().rows << std::move(item);
    }
    Busy busy(m_busy);
    // Last group first: an insert moves only what lies below it, so the places found above stay
    // true for the groups still to come.
    if (groups.size() <= maximumInsertRuns) {
        // Few runs (the usual case: news arrives at the top) go in as row inserts.
        for (qsizetype g = groups.size() - 1; g >= 0; --g)
            applyInsert(groups.at(g).place, std::move(groups[g].rows), holdable, true);
        return;
    }
    // New rows scattered through a long table (a thousand feeds at once) would cost one insert,
    // and one shift of everything below it, per run: one layout change instead, which keeps
    // the selection and the current row on their items.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<Insert> inserts;
    inserts.reserve(groups.size());
    for (qsizetype g = groups.size() - 1; g >= 0; --g)
        inserts.prepend(applyInsert(groups.at(g).place, std::move(groups[g].rows), holdable, false));
    QList<int> shifted;   // rows added at or above each insert's row
    shifted.reserve(inserts.size());
    int sum = 0;
    for (const Insert &insert : std::as_const(inserts))
        shifted << (sum += insert.count);
    const auto moved = [&](int row) {
        const auto past = std::upper_bound(inserts.cbegin(), inserts.cend(), row, [](int r, const Insert &i) { return r < i.row; });
        return past == inserts.cbegin() ? row : row + shifted.at(past - inserts.cbegin() - 1);
    };
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after << this->index(moved(index.row()), index.column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

ItemTableModel::Insert ItemTableModel::applyInsert(const Place &place, QList<Item> rows, bool holdable, bool announce)
{
    const int count = int(rows.size());
    const qsizetype run = place.run;
    int row = 0;
    bool hold = false;
    if (place.inRun && (holdable || place.offset > 0)) {
        row = m_runs.at(run).start + int(place.offset);
        hold = holdable;
    } else {
        // Somewhere in the gap before the run: where exactly is unknowable without reading, and
        // invisible, since nothing there is held. Its top is as good as any place in it.
        row = run > 0 ? m_runs.at(run - 1).end() : 0;
        const int gapEnd = run < m_runs.size() ? m_runs.at(run).start : m_total;
        // An empty gap means the new rows are all of it: their places are exact.
        hold = holdable && row == gapEnd;
    }
    if (announce)
        beginInsertRows({}, row, row + count - 1);
    m_total += count;
    if (m_lastWanted >= row)
        m_lastWanted += count;
    qsizetype shiftFrom = run;
    if (hold && place.inRun) {
        m_runs[run].rows.insert(place.offset, count, Item());
        std::move(rows.begin(), rows.end(), m_runs[run].rows.begin() + place.offset);
        shiftFrom = run + 1;
    } else if (hold && run < m_runs.size()) {
        // The gap before the first run, empty: the rows go on its front.
        m_runs[run].rows.insert(0, count, Item());
        std::move(rows.begin(), rows.end(), m_runs[run].rows.begin());
        shiftFrom = run + 1;
    } else if (hold && run > 0) {
        m_runs[run - 1].rows.append(std::move(rows));
        shiftFrom = run;
    } else if (hold) {
        m_runs.insert(0, Run{row, std::move(rows)});
        shiftFrom = 1;
    } else if (place.inRun && place.offset > 0) {
        // Unheld rows inside a run split it: the rows below move down past them.
        Run tail{row + count, m_runs.at(run).rows.mid(place.offset)};
        m_runs[run].rows.resize(place.offset);
        m_runs.insert(run + 1, std::move(tail));
        shiftFrom = run + 2;
    }
    for (qsizetype i = shiftFrom; i < m_runs.size(); ++i)
        m_runs[i].start += count;
    if (announce)
        endInsertRows();
    return {row, count};
}

void ItemTableModel::removeHeldRows(qsizetype run, qsizetype offset, int count)
{
    const int row = m_runs.at(run).start + int(offset);
    beginRemoveRows({}, row, row + count - 1);
    m_runs[run].rows.remove(offset, count);
    for (qsizetype i = run + 1; i < m_runs.size(); ++i)
        m_runs[i].start -= count;
    m_total -= count;
    if (m_lastWanted >= row + count)
        m_lastWanted -= count;
    else if (m_lastWanted >= row)
        m_lastWanted = row;
    endRemoveRows();
}

void ItemTableModel::refresh()
{
    m_readsBroken = false;
    insertNewItems();
    if (m_readsBroken)
        return;
    Busy busy(m_busy);
    // Last run first: changes inside a run move only the runs below it.
    for (qsizetype run = m_runs.size() - 1; run >= 0; --run) {
        if (!refreshRun(run))
            return;
    }
    recountGaps();
}

bool ItemTableModel::refreshRun(qsizetype run)
{
    ItemQuery query = baseQuery();
    query.lower = ItemBound{m_runs.at(run).rows.constFirst(), true};
    query.upper = ItemBound{m_runs.at(run).rows.constLast(), true};
    query.limit = int(m_runs.at(run).rows.size()) + m_capacity;
    Result<QList<Item>> read = m_reader->readItems(query);
    if (!read) {
        fail(read.error());
        return false;
    }
    const QList<Item> &fresh = read.value();
    if (fresh.size() >= query.limit) {
        resyncLater();
        return false;
    }
    // Both lists are in the table's order: walk them together, inserting what is new, removing
    // what is gone (a run of each at once), and announcing what changed.
    const ItemSort sort = m_filter.sort;
    qsizetype held = 0;
    qsizetype next = 0;
    while (held < m_runs.at(run).rows.size() || next < fresh.size()) {
        const QList<Item> &rows = m_runs.at(run).rows;
        const auto order = [&](qsizetype h, qsizetype n) {
            return h >= rows.size() ? 1 : n >= fresh.size() ? -1 : compareInOrder(sort, rows.at(h), fresh.at(n));
        };
        const int c = order(held, next);
        if (c == 0) {
            if (!sameShown(rows.at(held), fresh.at(next))) {
                m_runs[run].rows[held] = fresh.at(next);
                const int row = m_runs.at(run).start + int(held);
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++held;
            ++next;
        } else if (c > 0) {
            qsizetype end = next + 1;
            while (end < fresh.size() && order(held, end) > 0)
                ++end;
            const Insert inserted = applyInsert({run, held, true}, fresh.mid(next, end - next), true, true);
            Q_UNUSED(inserted)
            held += end - next;
            next = end;
        } else {
            qsizetype end = held + 1;
            while (end < rows.size() && order(end, next) < 0)
                ++end;
            removeHeldRows(run, held, int(end - held));
        }
    }
    if (m_runs.at(run).rows.isEmpty())
        m_runs.removeAt(run);
    return true;
}

void ItemTableModel::recountGaps()
{
    // Last gap first, so a change moves only runs already counted.
    for (qsizetype next = m_runs.size(); next >= 0; --next) {
        const int gapStart = next > 0 ? m_runs.at(next - 1).end() : 0;
        const int gapEnd = next < m_runs.size() ? m_runs.at(next).start : m_total;
        ItemQuery query = baseQuery();
        if (next > 0)
            query.lower = ItemBound{m_runs.at(next - 1).rows.constLast(), false};
        if (next < m_runs.size())
            query.upper = ItemBound{m_runs.at(next).rows.constFirst(), false};
        Result<int> counted = m_reader->countItems(query);
        if (!counted) {
            fail(counted.error());
            return;
        }
        const int change = counted.value() - (gapEnd - gapStart);
        if (change == 0)
            continue;
        if (change > 0)
            beginInsertRows({}, gapStart, gapStart + change - 1);
        else
            beginRemoveRows({}, gapStart, gapStart - change - 1);
        for (qsizetype i = next; i < m_runs.size(); ++i)
            m_runs[i].start += change;
        m_total += change;
        if (m_lastWanted >= gapStart)
            m_lastWanted = std::max(gapStart, m_lastWanted + change);
        if (change > 0)
            endInsertRows();
        else
            endRemoveRows();
    }
    // Gaps that closed leave runs touching: join them.
    for (qsizetype i = m_runs.size() - 1; i > 0; --i) {
        if (m_runs.at(i - 1).end() == m_runs.at(i).start) {
            m_runs[i - 1].rows.append(m_runs.at(i).rows);
            m_runs.removeAt(i);
        }
    }
}

void ItemTableModel::setItemFlags(qint64 itemId, bool read, bool starred)
{
    for (Run &run : m_runs) {
        for (qsizetype i = 0; i < run.rows.size(); ++i) {
            Item &item = run.rows[i];
            if (item.id != itemId)
                continue;
            if (item.read == read && item.starred == starred)
                return;
            item.read = read;
            item.starred = starred;
            const int row = run.start + int(i);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

void ItemTableModel::markLoadedRead(qint64 feedId)
{
    for (Run &run : m_runs) {
        for (qsizetype i = 0; i < run.rows.size(); ++i) {
            Item &item = run.rows[i];
            if (!item.read && (feedId == 0 || item.feedId == feedId)) {
                item.read = true;
                const int row = run.start + int(i);
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
    }
}

void ItemTableModel::fail(const QString &error) const
{
    m_lastError = error;
    // Not again on every paint; refresh() or a new filter tries again.
    m_readsBroken = true;
    QMetaObject::invokeMethod(const_cast<ItemTableModel *>(this), [this, error] { emit const_cast<ItemTableModel *>(this)->readFailed(error); },
                              Qt::QueuedConnection);
}

void ItemTableModel::resyncLater() const
{
    // The store and the count disagree, which only another writer deleting rows can cause: start
    // over, once, outside whatever is reading now.
    m_readsBroken = true;
    if (m_resyncPending)
        return;
    m_resyncPending = true;
    QTimer::singleShot(0, const_cast<ItemTableModel *>(this), [this] {
        auto *self = const_cast<ItemTableModel *>(this);
        self->m_resyncPending = false;
        self->setFilter(m_filter);
    });
}

QHash<int, QByteArray> ItemTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ItemIdRole, "itemId");
    names.insert(FeedIdRole, "feedId");
    names.insert(ReadRole, "read");
    names.insert(StarredRole, "starred");
    names.insert(LinkRole, "link");
    names.insert(ImageRole, "image");
    return names;
}

} // namespace freshet
