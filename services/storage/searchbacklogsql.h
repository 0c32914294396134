// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace freshet {

/// Marks every row as in the search index (search_index_state, migration 19): after the rows
/// above the mark were added, or after FTS5 rebuilt the whole index. One text for both, so the
/// mark means the same wherever it is set.
inline QString markEveryItemIndexedSql()
{
    return QStringLiteral("UPDATE search_index_state SET indexed_through = (SELECT COALESCE(MAX(id), 0) FROM items)");
}

} // namespace freshet
