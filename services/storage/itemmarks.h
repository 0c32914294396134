// SPDX-License-Identifier: MIT
#pragma once

#include "itemmarking.h"
#include "result.h"

namespace freshet {

class ItemRecords;

/// Puts a mark on (or takes it off) the items a marking selects, in one transaction with its
/// place in each sync account's queue, so the change reaches the server with the next sync.
/// Answers how many items changed (those that had the mark already do not count). Call it on
/// the store's thread. changedIds, when given, gets the ids of the items that changed, so the
/// change can be undone exactly.
Result<int> applyItemMarking(ItemRecords &store, const ItemMarking &marking, QList<qint64> *changedIds = nullptr);

/// The ids among itemIds whose items no server can publish (ItemMark::Published): of this
/// device or of an account whose protocol has no public feed.
Result<QList<qint64>> unpublishableItems(const ItemRecords &store, const QList<qint64> &itemIds);

/// The ids among itemIds that name no stored item.
Result<QList<qint64>> unknownItems(const ItemRecords &store, const QList<qint64> &itemIds);

} // namespace freshet
