// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/parsedfeed.h"
#include "storage/feedstore.h"

#include <QTemporaryDir>

#include <memory>

/// A throwaway profile with a real SQLite store, filled through the store's own write path.
class TestProfile final
{
public:
    TestProfile() = default;

    QString path() const { return m_dir.path(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("freshet.db")); }

    std::unique_ptr<freshet::FeedStore> openStore(const QString &connection)
    {
        auto store = freshet::FeedStore::open(databasePath(), connection);
        if (!store)
            qFatal("cannot open the test store: %s", qPrintable(store.error()));
        return std::move(store).value();
    }

    /// Adds a feed with `count` items, the newest dated `newest` and one minute apart.
    static qint64 addFeedWithItems(freshet::FeedStore &store, const QString &url, int count, const QDateTime &newest,
                                   const QString &prefix = QStringLiteral("Item"))
    {
        const freshet::Feed feed = store.addFeed(url).value();
        appendItems(store, feed.id, count, newest, prefix);
        return feed.id;
    }

    static void appendItems(freshet::FeedStore &store, qint64 feedId, int count, const QDateTime &newest, const QString &prefix)
    {
        freshet::ParsedFeed parsed;
        parsed.title = QStringLiteral("Feed %1").arg(feedId);
        for (int i = 0; i < count; ++i) {
            freshet::ParsedItem item;
            item.id = QStringLiteral("%1-%2").arg(prefix).arg(i);
            item.title = QStringLiteral("%1 %2").arg(prefix).arg(i);
            item.link = QStringLiteral("https://example.org/%1/%2").arg(prefix).arg(i);
            item.summary = QStringLiteral("<p>Summary %1</p>").arg(i);
            item.published = newest.addSecs(-60 * i);
            parsed.items << item;
        }
        storeParsed(store, feedId, parsed);
    }

    /// Stores what a fetch of the feed parsed (200, updated) through the store's own write path.
    static void storeParsed(freshet::FeedStore &store, qint64 feedId, const freshet::ParsedFeed &parsed)
    {
        freshet::FeedFetchUpdate update;
        update.outcome = freshet::FeedOutcome::Updated;
        update.fetchedAt = QDateTime::currentDateTimeUtc();
        update.httpStatus = 200;
        if (!store.applyFetch(feedId, update, &parsed))
            qFatal("cannot write test items");
    }

private:
    QTemporaryDir m_dir;
};
