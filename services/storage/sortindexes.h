// SPDX-License-Identifier: MIT
#pragma once

#include "itemorder.h"
#include "result.h"

#include <QSqlDatabase>

namespace freshet::sortindexes {

/// The title and author orders get their indexes the first time someone sorts by them, and
/// keep them from then on (schema 18 dropped them). Every index on items is a B-tree each new
/// item goes into; these two, keyed by free text compared without case, cost the most, while
/// most people never leave the date order (issue 22: about a quarter of a cold refresh's store
/// time). Sorting by such a column without its index is still correct, only slow: SQLite sorts
/// every row for each page.
[[nodiscard]] bool builtOnDemand(ItemSortColumn column);

/// Whether both of the order's indexes (all items, unread ones) exist; true for an order that
/// always has them.
[[nodiscard]] Result<bool> present(const QSqlDatabase &db, ItemSortColumn column);

/// Builds the order's indexes in one transaction. Reads every item: seconds at a million, so
/// on the store thread.
[[nodiscard]] Status create(QSqlDatabase &db, ItemSortColumn column);

} // namespace freshet::sortindexes
