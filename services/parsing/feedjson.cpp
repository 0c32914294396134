// SPDX-License-Identifier: MIT
#include "parsing/feedjson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

QJsonValue dateValue(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(FeedJson::dateText(date)) : QJsonValue(QJsonValue::Null);
}

QJsonArray peopleJson(const QList<ParsedPerson> &people)
{
    QJsonArray array;
    for (const ParsedPerson &person : people) {
        QJsonObject object;
        if (!person.name.isEmpty())
            object.insert("name"_L1, person.name);
        if (!person.email.isEmpty())
            object.insert("email"_L1, person.email);
        if (!person.uri.isEmpty())
            object.insert("uri"_L1, person.uri);
        if (!person.text.isEmpty())
            object.insert("text"_L1, person.text);
        // The one-line form readers show: "Name (email)" when both are known.
        QString display = person.name.isEmpty() ? person.email : person.name;
        if (!person.name.isEmpty() && !person.email.isEmpty())
            display = person.name % u" ("_s % person.email % u')';
        if (!display.isEmpty())
            object.insert("display"_L1, display);
        array.append(object);
    }
    return array;
}

QJsonArray linksJson(const QList<ParsedLink> &links)
{
    QJsonArray array;
    for (const ParsedLink &link : links) {
        QJsonObject object{{"href"_L1, link.href}};
        if (!link.rel.isEmpty())
            object.insert("rel"_L1, link.rel);
        if (!link.type.isEmpty())
            object.insert("type"_L1, link.type);
        if (!link.title.isEmpty())
            object.insert("title"_L1, link.title);
        if (!link.hreflang.isEmpty())
            object.insert("hreflang"_L1, link.hreflang);
        if (link.length >= 0)
            object.insert("length"_L1, QString::number(link.length));
        array.append(object);
    }
    return array;
}

QJsonObject itemJson(const ParsedItem &item)
{
    QJsonArray enclosures;
    for (const ParsedEnclosure &enclosure : item.enclosures) {
        QJsonObject object{{"url"_L1, enclosure.url}};
        if (!enclosure.type.isEmpty())
            object.insert("type"_L1, enclosure.type);
        if (enclosure.length >= 0)
            object.insert("length"_L1, QString::number(enclosure.length));
        enclosures.append(object);
    }
    QJsonObject object{
        {"title"_L1, item.title},
        {"link"_L1, item.link},
        {"links"_L1, linksJson(item.links)},
        {"id"_L1, item.id},
        {"published"_L1, dateValue(item.published)},
        {"updated"_L1, dateValue(item.updated)},
        {"authors"_L1, peopleJson(item.authors)},
        {"summary"_L1, item.summary},
        {"content"_L1, item.content},
        {"content_type"_L1, item.contentType},
        {"content_text"_L1, item.contentText},
        {"enclosures"_L1, enclosures},
        {"image"_L1, item.image},
    };
    if (!item.durationText.isEmpty())
        object.insert("duration"_L1, item.durationText);
    return object;
}

} // namespace

QString FeedJson::dateText(const QDateTime &date)
{
    if (!date.isValid())
        return {};
    // Milliseconds only when the source had them, so whole seconds keep the short form.
    const QDateTime utc = date.toUTC();
    return utc.toString(utc.time().msec() ? u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s : u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

QJsonObject FeedJson::toJson(const ParsedFeed &feed)
{
    QJsonArray items;
    for (const ParsedItem &item : feed.items)
        items.append(itemJson(item));
    const QString format = feedFormatName(feed.format);
    QJsonObject object{
        {"schema"_L1, u"feed-conformance/1"_s},
        {"format"_L1, format.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(format)},
        {"version"_L1, feed.version},
        {"error"_L1, !feed.ok()},
        {"encoding"_L1, feed.encoding},
        {"encoding_guessed"_L1, feed.encodingConfidence.has_value()},
        {"title"_L1, feed.title},
        {"link"_L1, feed.link},
        {"links"_L1, linksJson(feed.links)},
        {"feed_link"_L1, feed.feedLink},
        {"description"_L1, feed.description},
        {"published"_L1, dateValue(feed.published)},
        {"updated"_L1, dateValue(feed.updated)},
        {"authors"_L1, peopleJson(feed.authors)},
        {"image"_L1, feed.image},
        {"item_count"_L1, int(feed.items.size())},
        {"items"_L1, items},
    };
    if (!feed.ok()) {
        object.insert("message"_L1, feed.error);
        object.insert("partial"_L1, feed.partial);
    }
    if (feed.encodingConfidence)
        object.insert("encoding_confidence"_L1, *feed.encodingConfidence);
    if (feed.ttlMinutes)
        object.insert("ttl"_L1, *feed.ttlMinutes);
    if (!feed.updatePeriod.isEmpty())
        object.insert("update_period"_L1, feed.updatePeriod);
    if (feed.updateFrequency > 0)
        object.insert("update_frequency"_L1, feed.updateFrequency);
    return object;
}

} // namespace freshet
