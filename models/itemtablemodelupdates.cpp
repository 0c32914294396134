// SPDX-License-Identifier: MIT
// ItemTableModel: what changed in the store, applied to the rows as inserts, removals and
// changes (never a reset), wherever the rows are held or not.
#include "itemtablemodel.h"

#include "itemreader.h"

#include <QTimer>

#include <algorithm>

namespace freshet {

namespace {

bool sameShown(const Item &a, const Item &b)
{
    return a.title == b.title && a.read == b.read && a.starred == b.starred && a.author == b.author && a.feedTitle == b.feedTitle
           && a.sortAt == b.sortAt && a.image == b.image && a.link == b.link;
}

} // namespace

ItemTableModel::Place ItemTableModel::placeOf(const Item &item) const
{
    const ItemSort &sort = m_filter.sort;
    const auto run = std::partition_point(m_runs.cbegin(), m_runs.cend(),
                                          [&](const Run &r) { return compareInOrder(sort, r.rows.constLast(), item) < 0; });
    if (run == m_runs.cend())
        return {m_runs.size(), 0};
    const auto row = std::partition_point(run->rows.cbegin(), run->rows.cend(),
                                          [&](const Item &held) { return compareInOrder(sort, held, item) < 0; });
    const qsizetype offset = row - run->rows.cbegin();
    return {run - m_runs.cbegin(), offset, offset > 0};
}

void ItemTableModel::insertNewItems()
{
    placeNewItems(keysPerTurn);
}

void ItemTableModel::placeNewItems(int keysAtMost)
{
    if (m_busy > 0)
        return;
    ItemQuery query = baseQuery();
    Result<qint64> maxId = m_reader->readMaxItemId(query);
    if (!maxId) {
        fail(maxId.error());
        return;
    }
    if (maxId.value() <= m_seenMaxId) {
        m_floodGoesOn = false;
        return;
    }
    query.idAbove = m_seenMaxId;
    query.idAtMost = maxId.value();
    // In id order: SQLite walks only the new ids; sorting a few thousand rows here is cheaper
    // than letting it pick the sort's index and look at every row. It also lets a flood be
    // placed in parts: each part is every new row up to an id, which is what the model counts.
    query.byId = true;
    bool flood = m_floodGoesOn;
    Result<QList<Item>> fresh = Result<QList<Item>>::success({});
    if (!flood) {
        query.limit = floodRows + 1;
        fresh = m_reader->readItems(query);
        flood = fresh && fresh.value().size() > floodRows;
    }
    if (flood) {
        // A flood (the first fetch of an OPML import): only keys, to count each row at its
        // place; the rows themselves are read when they are looked at.
        query.keysOnly = true;
        query.limit = keysAtMost;
        fresh = m_reader->readItems(query);
    }
    if (!fresh) {
        fail(fresh.error());
        return;
    }
    QList<Item> rows = std::move(fresh).value();
    m_floodGoesOn = flood && keysAtMost > 0 && rows.size() >= keysAtMost;
    m_seenMaxId = m_floodGoesOn ? rows.constLast().id : maxId.value();
    if (m_floodGoesOn && !m_nextTurnAsked) {
        m_nextTurnAsked = true;
        QTimer::singleShot(0, this, [this] {
            m_nextTurnAsked = false;
            if (m_floodGoesOn)
                insertNewItems();
        });
    }
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
    QList<int> shifted; // rows added at or above each insert's row
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
    // All of them: the held rows are read again below, and would meet rows not yet counted.
    placeNewItems(-1);
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
            applyInsert({run, held, true}, fresh.mid(next, end - next), true, true);
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

void ItemTableModel::setItemPublished(qint64 itemId, bool inPublishedFeed)
{
    for (Run &run : m_runs) {
        for (qsizetype i = 0; i < run.rows.size(); ++i) {
            Item &item = run.rows[i];
            if (item.id != itemId)
                continue;
            if (item.inPublishedFeed != inPublishedFeed) {
                item.inPublishedFeed = inPublishedFeed;
                const int row = run.start + int(i);
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
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

} // namespace freshet
