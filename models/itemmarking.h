// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>

namespace freshet {

/// The marks a person puts on items, and that sync accounts carry to their servers.
enum class ItemMark {
    Read,
    Starred,
    /// In the public feed of a Tiny Tiny RSS account: only its articles can have it.
    Published,
};

/// Which items get a mark, and whether it is set or taken off: the items named, or else every
/// item of one feed (or of every feed), optionally only those dated before a moment.
struct ItemMarking
{
    ItemMark mark = ItemMark::Read;
    bool value = true;
    /// These items; when empty, the feed (or every feed) below.
    QList<qint64> itemIds;
    /// With no itemIds: 0 is every feed (or the account's and folder's below).
    qint64 feedId = 0;
    qint64 accountId = 0; ///< with no itemIds and feedId 0: only this account's feeds
    QString folder;       ///< with accountId: only feeds in this folder or below
    /// Only items dated (the date the table sorts by) before this; invalid: any date.
    QDateTime before;
};

} // namespace freshet
