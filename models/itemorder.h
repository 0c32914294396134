// SPDX-License-Identifier: MIT
#pragma once

#include "item.h"

#include <QStringView>
#include <Qt>

namespace freshet {

/// What the item table sorts by. Every order ends with the item id, so no two rows tie and
/// keyset paging never skips or repeats a row.
enum class ItemSortColumn {
    Date,   ///< (sortAt, id)
    Title,  ///< (title NOCASE, id)
    Feed,   ///< (feed name NOCASE, feed id, sortAt, id)
    Author, ///< (author NOCASE, id)
};

struct ItemSort
{
    ItemSortColumn column = ItemSortColumn::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
    bool operator==(const ItemSort &) const = default;
};

/// SQLite's NOCASE collation on UTF-8 text, exactly: bytes compared with only ASCII A-Z folded,
/// so other letters (Ä, É, Ș) order by code point and never equal their lower case. Code point
/// order is UTF-8 byte order; QString's own compare (UTF-16 units) differs above U+FFFF.
int compareNoCase(QStringView a, QStringView b);

/// < 0 when a comes before b in the table's order, > 0 after, 0 for the same row.
int compareInOrder(const ItemSort &sort, const Item &a, const Item &b);

/// The name the Feed column sorts by: the feed's shown title (Feed::shownTitle), else its
/// address (what SQL can compute; the displayed name dresses the address up).
inline QString feedSortName(const QString &title, const QString &url)
{
    return title.isEmpty() ? url : title;
}

} // namespace freshet
