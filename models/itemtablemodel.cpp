// SPDX-License-Identifier: MIT
#include "itemtablemodel.h"

#include "itemreader.h"
#include "localetime.h"
#include "untitledtext.h"

#include <QFont>
#include <QLocale>
#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// Today: the time ("10:24"); the six days before: the weekday and time ("Mon 10:24");
/// older (or ahead of the clock): the date. All in the person's locale, never with seconds.
QString shortDate(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    const qint64 daysAgo = local.date().daysTo(today);
    if (daysAgo == 0)
        return shortTime(locale, local.time());
    if (daysAgo > 0 && daysAgo < 7)
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat) + u' ' + shortTime(locale, local.time());
    return locale.toString(local.date(), QLocale::ShortFormat);
}

} // namespace

QString ItemTableModel::shownTitle(const Item &item) const
{
    if (!item.title.isEmpty())
        return item.title;
    auto cached = m_untitled.constFind(item.id);
    if (cached == m_untitled.cend()) {
        QString words = untitledText(item.summary);
        cached = m_untitled.insert(item.id, words.isEmpty() ? tr("(no title)") : words);
    }
    return cached.value();
}

std::optional<ItemSortColumn> ItemTableModel::sortColumnOf(int column)
{
    switch (column) {
    case ItemTableModel::TitleColumn: return ItemSortColumn::Title;
    case ItemTableModel::FeedColumn: return ItemSortColumn::Feed;
    case ItemTableModel::AuthorColumn: return ItemSortColumn::Author;
    case ItemTableModel::DateColumn: return ItemSortColumn::Date;
    default: return std::nullopt;
    }
}

ItemTableModel::ItemTableModel(ItemReader *reader, QObject *parent) : QAbstractTableModel(parent), m_reader(reader) {}

ItemQuery ItemTableModel::baseQuery() const
{
    ItemQuery query;
    query.feedId = m_filter.feedId;
    query.accountId = m_filter.accountId;
    query.folder = m_filter.folder;
    query.unreadOnly = m_filter.unreadOnly;
    query.starredOnly = m_filter.starredOnly;
    query.search = m_filter.search;
    query.sort = m_filter.sort;
    query.idAtMost = m_seenMaxId;
    return query;
}

bool ItemTableModel::isFilteredBy(const ItemQuery &filter) const
{
    // The fields setFilter() keeps.
    return m_started && filter.feedId == m_filter.feedId && filter.accountId == m_filter.accountId
           && filter.folder == m_filter.folder && filter.unreadOnly == m_filter.unreadOnly
           && filter.starredOnly == m_filter.starredOnly && filter.search == m_filter.search && filter.sort == m_filter.sort;
}

void ItemTableModel::setFilter(const ItemQuery &filter)
{
    m_started = true;
    beginResetModel();
    m_filter = ItemQuery();
    m_filter.feedId = filter.feedId;
    m_filter.accountId = filter.accountId;
    m_filter.folder = filter.folder;
    m_filter.unreadOnly = filter.unreadOnly;
    m_filter.starredOnly = filter.starredOnly;
    m_filter.search = filter.search;
    m_filter.sort = filter.sort;
    m_runs.clear();
    m_untitled.clear();
    m_total = 0;
    m_seenMaxId = 0;
    m_floodGoesOn = false;
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
    return std::partition_point(m_runs.cbegin(), m_runs.cend(), [row](const Run &run) { return run.end() <= row; }) - m_runs.cbegin();
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
        case TitleColumn: return shownTitle(item);
        case FeedColumn: return item.feedTitle;
        case AuthorColumn: return item.author;
        case DateColumn: return shortDate(item.sortAt);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return shownTitle(item);
        if (index.column() == DateColumn)
            return QLocale().toString(item.sortAt.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::AccessibleTextRole:
        // What a screen reader says for the row: title, feed, date and whether it is unread.
        return tr("%1, %2, %3, %4")
            .arg(shownTitle(item), item.feedTitle, QLocale().toString(item.sortAt.toLocalTime(), QLocale::ShortFormat),
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
    case SortAtRole: return item.sortAt;
    default: break;
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

void ItemTableModel::fail(const QString &error) const
{
    m_lastError = error;
    // Not again on every paint; refresh() or a new filter tries again.
    m_readsBroken = true;
    QMetaObject::invokeMethod(
        const_cast<ItemTableModel *>(this), [this, error] { emit const_cast<ItemTableModel *>(this)->readFailed(error); }, Qt::QueuedConnection);
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
    names.insert(SortAtRole, "sortAt");
    return names;
}

} // namespace freshet
