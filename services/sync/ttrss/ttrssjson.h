// SPDX-License-Identifier: MIT
#pragma once

#include "sync/syncclient.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace freshet::sync::ttrss {

/// Where paging through new articles stands: how many to skip, and the highest article id
/// seen on the pages so far (the next cursor once the last page is in).
struct HeadlinePosition
{
    int skip = 0;
    qint64 highestId = 0;
};

/// The cursor an incremental sync passes back: the highest article id it has; 0 when empty or
/// unreadable, which means a sync from the beginning (duplicates are harmless, gaps are not).
qint64 parseCursor(const QString &cursor);
/// "skip:highestId"; nothing (start at the first page) when empty or unreadable.
std::optional<HeadlinePosition> parseContinuation(const QString &continuation);
QString formatContinuation(const HeadlinePosition &position);

/// A getHeadlines answer; nothing when it is not an array of articles with numeric ids.
std::optional<QList<RemoteItem>> parseHeadlines(const QJsonValue &content);
/// Only the ids of a getHeadlines answer.
std::optional<QStringList> parseHeadlineIds(const QJsonValue &content);

/// Real categories of a getCategories answer (not tt-rss's virtual ones, whose ids are ≤ 0).
std::optional<QList<RemoteCategory>> parseCategories(const QJsonValue &content);
/// Feeds of a getFeeds answer, their category ids resolved to titles through `categories`.
std::optional<QList<RemoteFeed>> parseFeeds(const QJsonValue &content, const QList<RemoteCategory> &categories);

/// A number tt-rss sends either as a JSON number or as text ("unread": "12").
std::optional<qint64> parseNumber(const QJsonValue &value);

} // namespace freshet::sync::ttrss
