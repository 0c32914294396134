// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace freshet {

/// The account of feeds Freshet fetches itself; others come through a sync server.
constexpr qint64 localAccountId = 1;

/// What a feed's last document said about how often to ask it, and the average gap between its
/// newest items (absent until it has enough items to tell). Kept in the feed's row, so a 304
/// decides the next fetch without reading the items.
struct FeedRefreshHints
{
    std::optional<int> ttlMinutes;
    std::optional<qint64> updatePeriodSeconds;
    QList<int> skipHours;
    QStringList skipDays;
    std::optional<qint64> postingIntervalSeconds;
};

/// A subscription as stored, with what the fetch engine last learned about it.
struct Feed
{
    qint64 id = 0;
    QString url;
    QString title;       ///< the feed's own: its document's, or its sync server's
    QString customTitle; ///< the name the person gave it; empty: none, the own title shows
    QString siteLink;
    QString description;
    QString image;
    QString category; ///< OPML folder path, "/"-separated; empty at top level
    QDateTime addedAt;

    QString etag;
    QString lastModified;
    QString bodyHash;
    QDateTime lastFetchAt;
    int lastHttpStatus = 0;
    QString lastResult; ///< FeedOutcome name of the last attempt
    QString lastError;
    QDateTime lastErrorAt;
    int consecutiveErrors = 0;
    QDateTime nextDueAt;
    QString nextDueReason;
    QDateTime retryAfterAt; ///< a 429/503 answer's Retry-After; invalid when none is pending
    QString disabledReason; ///< non-empty: never fetched again (for example 410 Gone)
    qint64 accountId = 1;   ///< 1: the local account, fetched by Freshet itself
    QString remoteId;       ///< a sync account's id for it; empty for local feeds
    QString accountName;
    int refreshMinutes = 0; ///< the person's own interval for it (Edit Feed); 0: adaptive
    FeedRefreshHints refreshHints;

    int unreadCount = 0;
    int itemCount = 0;

    /// The name the person gave the feed, else its own title; may be empty.
    QString shownTitle() const { return customTitle.isEmpty() ? title : customTitle; }
    /// The shown title, else a name made from the address (the demo photo format has no title).
    QString displayTitle() const
    {
        if (const QString shown = shownTitle(); !shown.isEmpty())
            return shown;
        const QUrl address(url);
        QString name = address.fileName().section(u'.', 0, 0);
        if (name.isEmpty())
            return url;
        name[0] = name.at(0).toUpper();
        return name + QStringLiteral(" (") + address.host() + u')';
    }
    /// What displayTitle() becomes once the person's own name is reset.
    QString ownDisplayTitle() const
    {
        Feed own = *this;
        own.customTitle.clear();
        return own.displayTitle();
    }
    bool isDisabled() const { return !disabledReason.isEmpty(); }
    /// The server's Retry-After (429/503) is still ahead: no trigger asks it before then, not
    /// even a forced refresh.
    bool isRateLimitedAt(const QDateTime &now) const { return retryAfterAt.isValid() && retryAfterAt > now; }
    bool isSynced() const { return accountId != localAccountId; }
};

} // namespace freshet
