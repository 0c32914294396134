// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/parsedfeed.h"
#include "storage/feedstore.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

/// Helpers for enclosure-download tests: items with enclosures written through the store's own
/// write path, blocking requests to the feed server's control paths, and file digests.
namespace DownloadTest {

/// A feed (created on first use) with one item whose enclosure is url; returns the item id.
inline qint64 addItemWithEnclosure(freshet::FeedStore &store, const QString &url, qint64 length = -1,
                                   const QString &feedUrl = QStringLiteral("https://example.org/podcast.xml"))
{
    auto existing = store.localFeedByUrl(feedUrl);
    const qint64 feedId = existing && existing.value() ? existing.value()->id : store.addFeed(feedUrl).value().id;
    freshet::ParsedFeed parsed;
    parsed.title = QStringLiteral("Podcast");
    freshet::ParsedItem item;
    item.id = url;
    item.title = QStringLiteral("Episode %1").arg(qHash(url));
    item.published = QDateTime::currentDateTimeUtc();
    item.enclosures << freshet::ParsedEnclosure{url, QStringLiteral("audio/mpeg"), length};
    parsed.items << item;
    freshet::FeedFetchUpdate update;
    update.outcome = freshet::FeedOutcome::Updated;
    update.fetchedAt = QDateTime::currentDateTimeUtc();
    update.httpStatus = 200;
    if (!store.applyFetch(feedId, update, &parsed))
        qFatal("cannot write the test item");
    freshet::ItemQuery query;
    query.feedId = feedId;
    query.limit = 1000;
    const auto stored_items = store.items(query);
    for (const freshet::Item &stored : stored_items.value()) {
        if (stored.title == item.title)
            return stored.id;
    }
    qFatal("the test item was not stored");
    return 0;
}

/// A blocking request; the body, or empty on failure.
inline QByteArray request(const QUrl &url, const QByteArray &verb = "GET")
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.sendCustomRequest(QNetworkRequest(url), verb);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

inline QByteArray sha256File(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace DownloadTest
