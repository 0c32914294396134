// SPDX-License-Identifier: MIT
#include "sync/greader/greaderjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace freshet::sync::greader {

namespace {
const QString LongIdPrefix = u"tag:google.com,2005:reader/item/"_s;

std::optional<QJsonObject> objectOf(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

/// Servers write numbers as JSON numbers or as strings ("timestampUsec": "1700…"); either way.
std::optional<qint64> integerOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
        return integer == std::numeric_limits<qint64>::min() ? std::nullopt : std::optional<qint64>(integer);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 integer = value.toString().trimmed().toLongLong(&ok);
        return ok ? std::optional<qint64>(integer) : std::nullopt;
    }
    return std::nullopt;
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (const std::optional<qint64> integer = integerOf(value))
        return QString::number(*integer);
    return {};
}

/// "user/-/state/com.google/read" and "user/1234/state/com.google/read" name the same state.
QString withoutUser(const QString &streamId)
{
    if (!streamId.startsWith(u"user/"_s))
        return streamId;
    const qsizetype slash = streamId.indexOf(u'/', 5);
    return slash < 0 ? QString() : streamId.mid(slash + 1);
}

QString firstHref(const QJsonValue &links)
{
    for (const QJsonValue &link : links.toArray()) {
        const QString href = link.toObject().value(u"href"_s).toString();
        if (!href.isEmpty())
            return href;
    }
    return {};
}

QDateTime fromSeconds(const QJsonValue &value)
{
    const std::optional<qint64> seconds = integerOf(value);
    return seconds && *seconds > 0 ? QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC) : QDateTime();
}

std::optional<StreamItem> streamItemOf(const QJsonObject &object)
{
    StreamItem result;
    RemoteItem &item = result.item;
    item.id = shortItemId(textOf(object.value(u"id"_s)));
    if (item.id.isEmpty())
        return std::nullopt;
    // The API hands out no publisher guid; its own id is stable, so it serves as one.
    item.guid = item.id;
    item.feedId = object.value(u"origin"_s).toObject().value(u"streamId"_s).toString();
    item.title = object.value(u"title"_s).toString();
    item.link = firstHref(object.value(u"canonical"_s));
    if (item.link.isEmpty())
        item.link = firstHref(object.value(u"alternate"_s));
    item.author = object.value(u"author"_s).toString();
    item.summary = object.value(u"summary"_s).toObject().value(u"content"_s).toString();
    // Google Reader put the full text in "content" and an excerpt in "summary"; FreshRSS and
    // Miniflux send only "summary", with the full text in it.
    const QString content = object.value(u"content"_s).toObject().value(u"content"_s).toString();
    item.content = !content.isEmpty() ? content : item.summary;
    item.published = fromSeconds(object.value(u"published"_s));
    item.updated = fromSeconds(object.value(u"updated"_s));
    if (!item.updated.isValid())
        item.updated = item.published;

    item.unread = true;
    for (const QJsonValue &category : object.value(u"categories"_s).toArray()) {
        const QString state = withoutUser(category.toString());
        if (state == u"state/com.google/read"_s)
            item.unread = false;
        else if (state == u"state/com.google/starred"_s)
            item.starred = true;
    }
    for (const QJsonValue &value : object.value(u"enclosure"_s).toArray()) {
        const QJsonObject media = value.toObject();
        RemoteEnclosure enclosure{media.value(u"href"_s).toString(), media.value(u"type"_s).toString(),
                                  integerOf(media.value(u"length"_s)).value_or(0)};
        if (enclosure.url.isEmpty())
            continue;
        if (item.imageUrl.isEmpty() && enclosure.type.startsWith(u"image/"_s))
            item.imageUrl = enclosure.url;
        item.enclosures.append(enclosure);
    }

    if (const std::optional<qint64> usec = integerOf(object.value(u"timestampUsec"_s)))
        result.crawledUsec = *usec;
    else if (const std::optional<qint64> msec = integerOf(object.value(u"crawlTimeMsec"_s)))
        result.crawledUsec = *msec * 1000;
    return result;
}
} // namespace

std::optional<QByteArray> parseClientLogin(const QByteArray &body)
{
    for (const QByteArray &line : body.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith("Auth=") && trimmed.size() > 5)
            return trimmed.mid(5);
    }
    return std::nullopt;
}

std::optional<QList<RemoteCategory>> parseTagList(const QByteArray &body)
{
    const std::optional<QJsonObject> object = objectOf(body);
    if (!object || !object->value(u"tags"_s).isArray())
        return std::nullopt;
    QList<RemoteCategory> categories;
    for (const QJsonValue &value : object->value(u"tags"_s).toArray()) {
        const QJsonObject tag = value.toObject();
        const QString id = tag.value(u"id"_s).toString();
        const QString rest = withoutUser(id);
        // Inoreader and FreshRSS mark item tags "tag" and folders "folder"; Google sent no type.
        const QString type = tag.value(u"type"_s).toString();
        if (!rest.startsWith(u"label/"_s) || (!type.isEmpty() && type != u"folder"_s))
            continue;
        categories.append({id, rest.mid(6)});
    }
    return categories;
}

std::optional<QList<RemoteFeed>> parseSubscriptionList(const QByteArray &body)
{
    const std::optional<QJsonObject> object = objectOf(body);
    if (!object || !object->value(u"subscriptions"_s).isArray())
        return std::nullopt;
    QList<RemoteFeed> feeds;
    for (const QJsonValue &value : object->value(u"subscriptions"_s).toArray()) {
        const QJsonObject subscription = value.toObject();
        RemoteFeed feed;
        feed.id = subscription.value(u"id"_s).toString();
        if (feed.id.isEmpty())
            return std::nullopt;
        feed.title = subscription.value(u"title"_s).toString();
        feed.url = subscription.value(u"url"_s).toString();
        // Google Reader's ids were "feed/<url>" and some servers still give no url field.
        if (feed.url.isEmpty() && feed.id.startsWith(u"feed/http"_s))
            feed.url = feed.id.mid(5);
        feed.siteUrl = subscription.value(u"htmlUrl"_s).toString();
        const QJsonArray categories = subscription.value(u"categories"_s).toArray();
        if (!categories.isEmpty()) {
            const QJsonObject category = categories.first().toObject();
            feed.category = category.value(u"label"_s).toString();
            if (feed.category.isEmpty())
                feed.category = withoutUser(category.value(u"id"_s).toString()).mid(6);
        }
        feeds.append(feed);
    }
    return feeds;
}

std::optional<StreamPage> parseStreamContents(const QByteArray &body)
{
    const std::optional<QJsonObject> object = objectOf(body);
    if (!object || !object->value(u"items"_s).isArray())
        return std::nullopt;
    StreamPage page;
    for (const QJsonValue &value : object->value(u"items"_s).toArray()) {
        std::optional<StreamItem> item = streamItemOf(value.toObject());
        if (!item)
            return std::nullopt;
        page.items.append(std::move(*item));
    }
    page.continuation = textOf(object->value(u"continuation"_s));
    return page;
}

std::optional<IdPage> parseItemIds(const QByteArray &body)
{
    const std::optional<QJsonObject> object = objectOf(body);
    if (!object)
        return std::nullopt;
    const QJsonValue refs = object->value(u"itemRefs"_s);
    // Servers leave itemRefs out (or null) when a stream is empty.
    if (!refs.isArray() && !refs.isUndefined() && !refs.isNull())
        return std::nullopt;
    IdPage page;
    for (const QJsonValue &value : refs.toArray()) {
        const QString id = shortItemId(textOf(value.toObject().value(u"id"_s)));
        if (id.isEmpty())
            return std::nullopt;
        page.ids.append(id);
    }
    page.continuation = textOf(object->value(u"continuation"_s));
    return page;
}

std::optional<int> parseUnreadCount(const QByteArray &body)
{
    const std::optional<QJsonObject> object = objectOf(body);
    if (!object || !object->value(u"unreadcounts"_s).isArray())
        return std::nullopt;
    qint64 feedsTotal = 0;
    for (const QJsonValue &value : object->value(u"unreadcounts"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value(u"id"_s).toString();
        const qint64 count = integerOf(entry.value(u"count"_s)).value_or(0);
        if (withoutUser(id) == u"state/com.google/reading-list"_s)
            return int(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
        if (id.startsWith(u"feed/"_s))
            feedsTotal += count;
    }
    return int(std::clamp<qint64>(feedsTotal, 0, std::numeric_limits<int>::max()));
}

std::optional<QHash<QString, int>> parseFeedUnreadCounts(const QByteArray &body)
{
    const std::optional<QJsonObject> object = objectOf(body);
    if (!object || !object->value(u"unreadcounts"_s).isArray())
        return std::nullopt;
    QHash<QString, int> counts;
    for (const QJsonValue &value : object->value(u"unreadcounts"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value(u"id"_s).toString();
        if (id.startsWith(u"feed/"_s))
            counts.insert(id, int(std::clamp<qint64>(integerOf(entry.value(u"count"_s)).value_or(0), 0, std::numeric_limits<int>::max())));
    }
    return counts;
}

QString shortItemId(const QString &id)
{
    // Long form: unsigned base 16, zero-padded to 16 digits; short form: signed base 10 of the
    // same 64 bits (github.com/mihaip/google-reader-api, wiki/ItemId).
    bool ok = false;
    if (id.startsWith(LongIdPrefix)) {
        const QString hex = id.mid(LongIdPrefix.size());
        const quint64 value = hex.toULongLong(&ok, 16);
        return ok && !hex.isEmpty() && hex.size() <= 16 ? QString::number(qint64(value)) : QString();
    }
    const qint64 value = id.toLongLong(&ok);
    if (ok)
        return QString::number(value);
    // Some servers write the short form unsigned; the same 64 bits.
    const quint64 unsignedValue = id.toULongLong(&ok);
    return ok ? QString::number(qint64(unsignedValue)) : QString();
}

QString longItemId(const QString &shortId)
{
    bool ok = false;
    const qint64 value = shortId.toLongLong(&ok);
    if (!ok)
        return shortId;
    return LongIdPrefix + u"%1"_s.arg(quint64(value), 16, 16, QLatin1Char('0'));
}

} // namespace freshet::sync::greader
