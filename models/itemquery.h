#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace freshet {

/// The key items are ordered by, newest first: (sortAt in UTC ms, id).
using ItemKey = std::pair<qint64, qint64>;

/// Which items to read, newest first, one page at a time (keyset paging: pass the last row's
/// key as `after` for the next page; `notBefore` bounds a re-read of rows already shown).
struct ItemQuery
{
    qint64 feedId = 0;               ///< 0: every feed
    bool unreadOnly = false;
    bool starredOnly = false;
    QString search;                  ///< full-text search over title and text
    int limit = 100;
    std::optional<ItemKey> after;    ///< only rows strictly older than this key
    std::optional<ItemKey> notBefore;   ///< only rows at or newer than this key
    qint64 idAbove = 0;              ///< only rows stored after this id (ids only grow)
    bool withContent = false;        ///< summary/content/enclosures are large: only when asked
};

} // namespace freshet
