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

    /// `count` items whose article is "The comet returns" with the word "comet" a link, stored
    /// and indexed by a Freshet whose search index read markup as words (before the markup
    /// tokenizer, storage/searchtokenizer.h): the next store to open the file indexes them again.
    static void addArticlesIndexedAsMarkup(const QString &databasePath, int count)
    {
        qputenv("FRESHET_PLAIN_SEARCH_TOKENIZER", "1");
        {
            auto store = freshet::FeedStore::open(databasePath, QStringLiteral("indexed-as-markup"));
            if (!store)
                qFatal("cannot open the test store: %s", qPrintable(store.error()));
            const freshet::Feed feed = store.value()->addFeed(QStringLiteral("https://a.example/feed")).value();
            freshet::ParsedFeed parsed;
            for (int i = 0; i < count; ++i) {
                freshet::ParsedItem item;
                item.id = QString::number(i);
                item.title = QStringLiteral("Item %1").arg(i);
                item.content = QStringLiteral("<p>The <a href=\"https://a.example/n/%1\">comet</a> returns</p>").arg(i);
                item.published = QDateTime::currentDateTimeUtc().addSecs(-60 * i);
                parsed.items << item;
            }
            storeParsed(*store.value(), feed.id, parsed);
            if (!store.value()->indexSearchBacklog())
                qFatal("cannot index the test items");
        }
        qunsetenv("FRESHET_PLAIN_SEARCH_TOKENIZER");
    }

private:
    QTemporaryDir m_dir;
};
