#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace freshet {

/// The account of feeds Freshet fetches itself; others come through a sync server.
constexpr qint64 localAccountId = 1;

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
    qint64 accountId = 1;      ///< 1: the local account, fetched by Freshet itself
    QString remoteId;          ///< a sync account's id for it; empty for local feeds
    QString accountName;

    int unreadCount = 0;
    int itemCount = 0;

    /// The title, else a name made from the address (the demo photo format has no title).
    QString displayTitle() const
    {
        if (!title.isEmpty())
            return title;
        const QUrl address(url);
        QString name = address.fileName().section(u'.', 0, 0);
        if (name.isEmpty())
            return url;
        name[0] = name.at(0).toUpper();
        return name + QStringLiteral(" (") + address.host() + u')';
    }
    bool isDisabled() const { return !disabledReason.isEmpty(); }
    bool isSynced() const { return accountId != localAccountId; }
};

} // namespace freshet
