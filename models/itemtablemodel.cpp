#include "itemtablemodel.h"

#include "itemreader.h"

#include <QFont>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// Keys sort newest first; "greater" means further up the table.
bool above(const ItemKey &a, const ItemKey &b)
{
    return a.first != b.first ? a.first > b.first : a.second > b.second;
}

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

} // namespace

ItemTableModel::ItemTableModel(ItemReader *reader, QObject *parent) : QAbstractTableModel(parent), m_reader(reader)
{
}

void ItemTableModel::setFilter(const ItemQuery &filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.after.reset();
    m_filter.notBefore.reset();
    m_filter.withContent = false;
    m_rows.clear();
    m_ids.clear();
    m_atEnd = false;
    if (Result<qint64> maxId = m_reader->readMaxItemId(); maxId)
        m_seenMaxId = maxId.value();
    endResetModel();
    fetchMore({});
}

const Item *ItemTableModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ItemTableModel::rowOfItem(qint64 itemId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == itemId)
            return int(row);
    }
    return -1;
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_rows.at(index.row());
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

bool ItemTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ItemTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    ItemQuery page = m_filter;
    page.limit = m_pageSize;
    if (!m_rows.isEmpty())
        page.after = keyOf(m_rows.constLast());
    Result<QList<Item>> items = m_reader->readItems(page);
    if (!items) {
        m_lastError = items.error();
        m_atEnd = true;   // do not retry in a loop on every scroll; refresh() tries again
        emit readFailed(items.error());
        return;
    }
    m_atEnd = items.value().size() < m_pageSize;
    if (items.value().isEmpty())
        return;
    // Rows inserted by insertNewItems() may already sit in this page's range.
    QList<Item> fresh;
    for (const Item &item : items.value()) {
        if (!m_ids.contains(item.id))
            fresh << item;
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Item &item : std::as_const(fresh))
        m_ids.insert(item.id);
    m_rows.append(fresh);
    endInsertRows();
}

void ItemTableModel::refresh()
{
    ItemQuery window = m_filter;
    // Everything newer than the last row shown, plus one page when the list was complete, so
    // rows that arrive at the bottom of a short list show up too.
    if (!m_rows.isEmpty() && !m_atEnd)
        window.notBefore = keyOf(m_rows.constLast());
    window.limit = std::max(int(m_rows.size()) + m_pageSize, m_pageSize) * 4;
    Result<QList<Item>> fresh = m_reader->readItems(window);
    if (!fresh) {
        m_lastError = fresh.error();
        emit readFailed(fresh.error());
        return;
    }
    if (m_rows.isEmpty() || m_atEnd)
        m_atEnd = fresh.value().size() < window.limit;
    applyRows(fresh.value());
}

void ItemTableModel::insertNewItems()
{
    ItemQuery query = m_filter;
    query.idAbove = m_seenMaxId;
    query.limit = 20000;
    Result<QList<Item>> fresh = m_reader->readItems(query);
    if (!fresh) {
        m_lastError = fresh.error();
        emit readFailed(fresh.error());
        return;
    }
    if (fresh.value().size() >= query.limit) {
        // A flood (an OPML import's first fetch): one merge of the loaded window is cheaper.
        if (Result<qint64> maxId = m_reader->readMaxItemId(); maxId)
            m_seenMaxId = maxId.value();
        refresh();
        return;
    }
    QList<Item> incoming;
    for (const Item &item : fresh.value()) {
        m_seenMaxId = std::max(m_seenMaxId, item.id);
        if (m_ids.contains(item.id))
            continue;
        // Below the last loaded row of an unfinished list: paging will bring it.
        if (!m_atEnd && !m_rows.isEmpty() && !above(keyOf(item), keyOf(m_rows.constLast())))
            continue;
        incoming << item;
    }
    if (incoming.isEmpty())
        return;
    QList<Item> merged;
    merged.reserve(m_rows.size() + incoming.size());
    std::merge(m_rows.cbegin(), m_rows.cend(), incoming.cbegin(), incoming.cend(), std::back_inserter(merged),
               [](const Item &a, const Item &b) { return above(keyOf(a), keyOf(b)); });
    // A flood into a short list (the first fetch of many feeds) would load everything at once:
    // keep a few pages and let scrolling page in the rest, as for any long list.
    const qsizetype cap = std::max<qsizetype>(qsizetype(m_pageSize) * 5, m_rows.size());
    if (merged.size() > cap) {
        qsizetype keep = cap;
        if (!m_rows.isEmpty()) {
            // Never drop a row already shown: cut only below the last of them.
            const qint64 lastShown = m_rows.constLast().id;
            for (qsizetype i = merged.size() - 1; i >= 0; --i) {
                if (merged.at(i).id == lastShown) {
                    keep = std::max(keep, i + 1);
                    break;
                }
            }
        }
        if (keep < merged.size()) {
            merged.resize(keep);
            m_atEnd = false;
            incoming.removeIf([&merged](const Item &item) {
                return !above(keyOf(item), keyOf(merged.constLast())) && keyOf(item) != keyOf(merged.constLast());
            });
        }
    }
    // Few runs of adjacent new rows (the usual case: news arrives at the top) go in as row
    // inserts. New rows scattered through a long table (a thousand feeds at once) would cost one
    // insert, and one shift of everything below it, per run; they go in as one layout change
    // instead, which keeps the selection and current row on their items.
    int runs = 0;
    bool previousNew = false;
    for (qsizetype i = 0, j = 0; i < merged.size(); ++i) {
        const bool isNew = j >= m_rows.size() || merged.at(i).id != m_rows.at(j).id;
        if (isNew && !previousNew)
            ++runs;
        if (!isNew)
            ++j;
        previousNew = isNew;
    }
    if (runs <= maximumInsertRuns) {
        applyRows(merged);
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids << (index.row() < m_rows.size() ? m_rows.at(index.row()).id : 0);
    m_rows = std::move(merged);
    for (const Item &item : std::as_const(incoming))
        m_ids.insert(item.id);
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    QHash<qint64, int> rowOf;
    rowOf.reserve(wanted.size());
    for (qsizetype row = 0; row < m_rows.size() && rowOf.size() < wanted.size(); ++row) {
        if (wanted.contains(m_rows.at(row).id))
            rowOf.insert(m_rows.at(row).id, int(row));
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << (rowOf.contains(ids.at(i)) ? index(rowOf.value(ids.at(i)), before.at(i).column()) : QModelIndex());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ItemTableModel::applyRows(const QList<Item> &fresh)
{
    // Both lists are sorted newest first by key: walk them together, inserting what is new,
    // removing what is gone, and announcing what changed.
    qsizetype row = 0;
    qsizetype next = 0;
    while (row < m_rows.size() || next < fresh.size()) {
        if (next >= fresh.size()) {
            beginRemoveRows({}, int(row), int(m_rows.size()) - 1);
            for (qsizetype i = row; i < m_rows.size(); ++i)
                m_ids.remove(m_rows.at(i).id);
            m_rows.erase(m_rows.begin() + row, m_rows.end());
            endRemoveRows();
            break;
        }
        const Item &incoming = fresh.at(next);
        if (row >= m_rows.size() || above(keyOf(incoming), keyOf(m_rows.at(row)))) {
            // A run of new rows goes in with one insert.
            qsizetype end = next + 1;
            while (end < fresh.size() && (row >= m_rows.size() || above(keyOf(fresh.at(end)), keyOf(m_rows.at(row)))))
                ++end;
            beginInsertRows({}, int(row), int(row + (end - next)) - 1);
            for (qsizetype i = next; i < end; ++i) {
                m_rows.insert(row + (i - next), fresh.at(i));
                m_ids.insert(fresh.at(i).id);
            }
            endInsertRows();
            row += end - next;
            next = end;
            continue;
        }
        if (keyOf(incoming) == keyOf(m_rows.at(row))) {
            if (!sameShown(incoming, m_rows.at(row))) {
                m_rows[row] = incoming;
                emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            }
            ++row;
            ++next;
            continue;
        }
        // The shown row is no longer in the store's answer.
        beginRemoveRows({}, int(row), int(row));
        m_ids.remove(m_rows.at(row).id);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

void ItemTableModel::setItemFlags(qint64 itemId, bool read, bool starred)
{
    const int row = rowOfItem(itemId);
    if (row < 0)
        return;
    Item &item = m_rows[row];
    if (item.read == read && item.starred == starred)
        return;
    item.read = read;
    item.starred = starred;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ItemTableModel::markLoadedRead(qint64 feedId)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        Item &item = m_rows[row];
        if (!item.read && (feedId == 0 || item.feedId == feedId)) {
            item.read = true;
            emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
    }
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
