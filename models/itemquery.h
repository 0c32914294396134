// SPDX-License-Identifier: MIT
#pragma once

#include "item.h"
#include "itemorder.h"

#include <QString>

#include <optional>

namespace freshet {

/// One end of a key range, in the table's order: a row (only its sort key fields matter).
struct ItemBound
{
    Item key;
    bool inclusive = false;
};

/// Which items to read, in the table's order, one page at a time (keyset paging: pass the last
/// row as `lower` for the next page, the first row as `upper` with `reverse` for the one above).
struct ItemQuery
{
    qint64 feedId = 0;    ///< 0: every feed (or the account's and folder's below)
    qint64 accountId = 0; ///< with feedId 0: only this account's feeds; 0: every account
    QString folder;       ///< with accountId: only feeds in this folder ("/"-separated) or below
    bool unreadOnly = false;
    bool starredOnly = false;
    QString search; ///< full-text search over title and text
    ItemSort sort;
    int limit = 100;                ///< < 0: no limit
    std::optional<ItemBound> lower; ///< only rows after (or at) this one in the table's order
    std::optional<ItemBound> upper; ///< only rows before (or at) this one
    bool reverse = false;           ///< read from the last row up (the rows just above `upper`)
    int offset = 0;                 ///< skip this many rows first (a jump from a known row)
    bool byId = false;              ///< in id order instead (new rows; the caller sorts them)
    bool keysOnly = false;          ///< only the fields the order compares (and the id)
    qint64 idAbove = 0;             ///< only rows stored after this id (ids only grow)
    qint64 idAtMost = -1;           ///< >= 0: only rows stored up to this id (a model's horizon)
    qint64 itemId = 0;              ///< > 0: only this item
    bool withContent = false;       ///< summary/content/enclosures are large: only when asked
};

} // namespace freshet
