// SPDX-License-Identifier: MIT
// ItemTableModel: finding the next unread row by asking the store, not by reading every row
// between here and there (with 100k read items that walk froze the window for seconds).
#include "itemtablemodel.h"

#include "itemreader.h"

namespace freshet {

std::optional<int> ItemTableModel::unreadRowFrom(int row, int step) const
{
    if (m_total == 0 || m_readsBroken)
        return std::nullopt;
    const bool forward = step > 0;
    std::optional<Item> from = row >= 0 && row < m_total ? itemAt(row) : std::nullopt;
    // A row marked read here may still be unread in the store (its write is on its way), and
    // "unread only" keeps read rows in view: such a row is stepped over and the search goes on
    // past it. Only rows a person just touched are like that, so this stays a few turns.
    for (int turn = 0; turn < 64; ++turn) {
        ItemQuery query = baseQuery();
        query.unreadOnly = true;
        query.keysOnly = true;
        query.limit = 1;
        query.reverse = !forward;
        if (from)
            (forward ? query.lower : query.upper) = ItemBound{*from, false};
        Result<QList<Item>> found = m_reader->readItems(query);
        if (!found) {
            fail(found.error());
            return std::nullopt;
        }
        if (found.value().isEmpty())
            return std::nullopt;
        const Item &key = found.value().constFirst();
        const int at = rowOfKey(key);
        if (at < 0)
            return std::nullopt;
        const std::optional<Item> shown = itemAt(at);
        if (shown && shown->id == key.id && !shown->read)
            return at;
        from = key;
    }
    return std::nullopt;
}

int ItemTableModel::rowOfKey(const Item &key) const
{
    if (const int held = rowOfItem(key.id); held >= 0)
        return held;
    // Rows before it that the store still selects, plus the held rows before it that it no
    // longer does (read while "unread only" is on): those are always held, so both are known.
    ItemQuery before = baseQuery();
    before.upper = ItemBound{key, false};
    before.limit = -1;
    Result<int> counted = m_reader->countItems(before);
    if (!counted) {
        fail(counted.error());
        return -1;
    }
    int row = counted.value();
    for (const Run &run : m_runs) {
        for (const Item &item : run.rows) {
            if (!matchesFilter(item) && compareInOrder(m_filter.sort, item, key) < 0)
                ++row;
        }
    }
    return row < m_total ? row : -1;
}

} // namespace freshet
