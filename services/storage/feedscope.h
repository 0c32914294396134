// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariantList>

namespace freshet {

/// The condition on `items i` that keeps one feed, or the feeds of one account and folder
/// (ItemQuery, ItemMarking); empty when every feed is wanted. Appends its values to `values`.
QString feedScopeCondition(qint64 feedId, qint64 accountId, const QString &folder, QVariantList &values);

} // namespace freshet
