// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "representation.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>

#include <memory>

/// N deterministic feeds of M items under /gen/. Item i of feed n always reads the same; a
/// feed's newest item index grows with the clock (--new-item-every) and with bumps, so a
/// refetch sees new items and a new ETag exactly when a test or benchmark expects one.
class GeneratedFeeds final
{
    Q_DISABLE_COPY_MOVE(GeneratedFeeds)

public:
    struct Settings
    {
        int feeds = 100;
        int items = 20;
        int newItemEverySeconds = 0;
        /// Each item also carries about this much article HTML (ArticleText); 0: a summary only.
        int contentBytes = 0;
    };

    explicit GeneratedFeeds(Settings settings);

    /// Paths under /gen/: `<n>.xml`, `<n>.atom`, `feeds.opml`, `urls.txt`.
    HttpResponse handle(const HttpRequest &request);

    /// Adds `count` new items to each chosen feed; returns the feeds changed. `spec` is one
    /// feed number (`feed=N`), or for `feeds=`: a count ("100") or a share ("10%"), spread
    /// evenly over the feed numbers; nullopt when spec is unreadable.
    std::optional<QList<int>> bump(const QString &feedSpec, const QString &feedsSpec, int count);
    /// Edits item `item` of feed `feed` in place, as a publisher fixing a typo does: same id,
    /// a new title and summary; with `redate`, its date moves to now too. False for an unknown
    /// feed.
    bool edit(int feed, qint64 item, bool redate);
    int feedCount() const { return m_settings.feeds; }

private:
    enum class Format { Rss, Atom };

    HttpResponse serveFeed(const HttpRequest &request, int feed, Format format);
    HttpResponse serveList(const HttpRequest &request, bool opml) const;
    qint64 newestIndex(int feed, int items) const;
    /// Each item's enclosure: none when size is 0; served at rate bytes/s when rate > 0.
    struct Enclosures
    {
        qint64 size = 0;
        qint64 rate = 0;
    };
    std::shared_ptr<const Representation> render(int feed, Format format, int items, qint64 newest, Enclosures enclosures, const QString &origin);

    Settings m_settings;
    QElapsedTimer m_clock;
    QList<qint64> m_bumps; ///< extra items per feed
    struct Edit
    {
        int times = 0;
        qint64 editedAtMs = 0;
        bool redated = false; ///< the item's date is editedAtMs, not its own
    };
    QHash<QPair<int, qint64>, Edit> m_edits; ///< (feed, item) → how it was edited
    QList<int> m_editVersions;               ///< per feed, so a cached rendering goes stale
    QHash<QString, std::shared_ptr<const Representation>> m_cache;
    qint64 m_cacheCost = 0;
};
