// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace freshet {

/// The title a feed shows: the person's name for it, else its own (Feed::shownTitle). SQL over
/// `feeds f`, for the feed list's order and the items' feed column alike.
inline const QString shownTitleSql = QStringLiteral("(CASE WHEN f.custom_title <> '' THEN f.custom_title ELSE f.title END)");
/// The Feed column's sort name in SQL, feedSortName() of the shown title; feeds_by_name (schema
/// 8) indexes exactly this expression.
inline const QString feedNameSql = QStringLiteral("(CASE WHEN f.custom_title <> '' THEN f.custom_title WHEN f.title = '' THEN f.url ELSE f.title END)");

} // namespace freshet
