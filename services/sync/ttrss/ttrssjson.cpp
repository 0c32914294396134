// SPDX-License-Identifier: MIT
#include "ttrssjson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace freshet::sync::ttrss {

namespace {

QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

QList<RemoteEnclosure> parseAttachments(const QJsonValue &value)
{
    QList<RemoteEnclosure> enclosures;
    const QJsonArray attachments = value.toArray();
    for (const QJsonValue &entry : attachments) {
        const QJsonObject attachment = entry.toObject();
        RemoteEnclosure enclosure;
        enclosure.url = text(attachment, "content_url"_L1);
        enclosure.type = text(attachment, "content_type"_L1);
        // tt-rss keeps an enclosure's length in its "duration" column.
        const QJsonValue length = attachment.contains("length"_L1) ? attachment.value("length"_L1) : attachment.value("duration"_L1);
        enclosure.length = std::max<qint64>(0, parseNumber(length).value_or(0));
        if (!enclosure.url.isEmpty())
            enclosures.append(enclosure);
    }
    return enclosures;
}

std::optional<RemoteItem> parseHeadline(const QJsonObject &headline)
{
    const std::optional<qint64> id = parseNumber(headline.value("id"_L1));
    if (!id || *id <= 0)
        return std::nullopt;
    RemoteItem item;
    item.id = QString::number(*id);
    item.feedId = QString::number(parseNumber(headline.value("feed_id"_L1)).value_or(0));
    item.title = text(headline, "title"_L1);
    item.link = text(headline, "link"_L1);
    item.author = text(headline, "author"_L1);
    item.content = text(headline, "content"_L1);
    item.imageUrl = text(headline, "flavor_image"_L1);
    // tt-rss's guid is its own ({"ver":2,"uid":1,"hash":"SHA1:…"}, derived from the feed's guid):
    // not the feed's guid, but stable across syncs, which is what counts.
    item.guid = text(headline, "guid"_L1);
    if (item.guid.isEmpty())
        item.guid = item.link.isEmpty() ? u"ttrss:"_s + item.id : item.link;
    if (const qint64 seconds = parseNumber(headline.value("updated"_L1)).value_or(0); seconds > 0) {
        item.published = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        item.updated = item.published;
    }
    item.unread = headline.value("unread"_L1).toBool();
    item.starred = headline.value("marked"_L1).toBool();
    item.enclosures = parseAttachments(headline.value("attachments"_L1));
    return item;
}

} // namespace

std::optional<qint64> parseNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger();
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

qint64 parseCursor(const QString &cursor)
{
    bool ok = false;
    const qint64 id = cursor.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

std::optional<HeadlinePosition> parseContinuation(const QString &continuation)
{
    const QStringList parts = continuation.split(u':');
    if (parts.size() != 2)
        return std::nullopt;
    bool skipOk = false;
    bool idOk = false;
    HeadlinePosition position{parts.at(0).toInt(&skipOk), parts.at(1).toLongLong(&idOk)};
    if (!skipOk || !idOk || position.skip < 0 || position.highestId < 0)
        return std::nullopt;
    return position;
}

QString formatContinuation(const HeadlinePosition &position)
{
    return QString::number(position.skip) + u':' + QString::number(position.highestId);
}

std::optional<QList<RemoteItem>> parseHeadlines(const QJsonValue &content)
{
    if (!content.isArray())
        return std::nullopt;
    const QJsonArray headlines = content.toArray();
    QList<RemoteItem> items;
    items.reserve(headlines.size());
    for (const QJsonValue &entry : headlines) {
        std::optional<RemoteItem> item = parseHeadline(entry.toObject());
        if (!item)
            return std::nullopt;
        items.append(std::move(*item));
    }
    return items;
}

std::optional<QStringList> parseHeadlineIds(const QJsonValue &content)
{
    if (!content.isArray())
        return std::nullopt;
    const QJsonArray headlines = content.toArray();
    QStringList ids;
    ids.reserve(headlines.size());
    for (const QJsonValue &entry : headlines) {
        const std::optional<qint64> id = parseNumber(entry.toObject().value("id"_L1));
        if (!id || *id <= 0)
            return std::nullopt;
        ids.append(QString::number(*id));
    }
    return ids;
}

std::optional<QList<RemoteCategory>> parseCategories(const QJsonValue &content)
{
    if (!content.isArray())
        return std::nullopt;
    QList<RemoteCategory> categories;
    const QJsonArray entries = content.toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        const std::optional<qint64> id = parseNumber(object.value("id"_L1));
        if (!id)
            return std::nullopt;
        if (*id > 0)
            categories.append({QString::number(*id), text(object, "title"_L1)});
    }
    return categories;
}

std::optional<QList<RemoteFeed>> parseFeeds(const QJsonValue &content, const QList<RemoteCategory> &categories)
{
    if (!content.isArray())
        return std::nullopt;
    QList<RemoteFeed> feeds;
    const QJsonArray entries = content.toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        const std::optional<qint64> id = parseNumber(object.value("id"_L1));
        if (!id)
            return std::nullopt;
        const QString url = text(object, "feed_url"_L1);
        // Labels and special feeds (starred, published, …) have ids ≤ 0 and no URL.
        if (*id <= 0 || url.isEmpty())
            continue;
        RemoteFeed feed;
        feed.id = QString::number(*id);
        feed.title = text(object, "title"_L1);
        feed.url = url;
        const QString categoryId = QString::number(parseNumber(object.value("cat_id"_L1)).value_or(0));
        const auto category = std::find_if(categories.cbegin(), categories.cend(),
                                           [&](const RemoteCategory &c) { return c.id == categoryId; });
        if (category != categories.cend())
            feed.category = category->title;
        feeds.append(feed);
    }
    return feeds;
}

} // namespace freshet::sync::ttrss
