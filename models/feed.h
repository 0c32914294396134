#pragma once

#include <QDateTime>
#include <QString>

namespace freshet {

/// A subscription as stored, with what the fetch engine last learned about it.
struct Feed
{
    qint64 id = 0;
    QString url;
    QString title;
    QString siteLink;
    QString description;
    QString image;
    QString category;          ///< OPML folder path, "/"-separated; empty at top level
    QDateTime addedAt;

    QString etag;
    QString lastModified;
    QString bodyHash;
    QDateTime lastFetchAt;
    int lastHttpStatus = 0;
    QString lastResult;        ///< FeedOutcome name of the last attempt
    QString lastError;
    QDateTime lastErrorAt;
    int consecutiveErrors = 0;
    QDateTime nextDueAt;
    QString nextDueReason;
    QDateTime retryAfterAt;
    QString disabledReason;    ///< non-empty: never fetched again (for example 410 Gone)

    int unreadCount = 0;
    int itemCount = 0;

    QString displayTitle() const { return title.isEmpty() ? url : title; }
    bool isDisabled() const { return !disabledReason.isEmpty(); }
};

} // namespace freshet
