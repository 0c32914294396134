// SPDX-License-Identifier: MIT
#include "feedwriter.h"

#include <QLocale>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString MediaNamespace = u"http://search.yahoo.com/mrss/"_s;
const QString AtomNamespace = u"http://www.w3.org/2005/Atom"_s;
const QString ContentNamespace = u"http://purl.org/rss/1.0/modules/content/"_s;

QString rfc822(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s);
}

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

void textElement(QXmlStreamWriter &xml, const QString &name, const QString &text)
{
    if (!text.isEmpty())
        xml.writeTextElement(name, text);
}
} // namespace

namespace FeedWriter {

QByteArray rss(const FeedDocument &feed)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"rss"_s);
    xml.writeAttribute(u"version"_s, u"2.0"_s);
    xml.writeNamespace(MediaNamespace, u"media"_s);
    xml.writeNamespace(AtomNamespace, u"atom"_s);
    if (std::any_of(feed.entries.cbegin(), feed.entries.cend(), [](const FeedEntry &entry) { return !entry.content.isEmpty(); }))
        xml.writeNamespace(ContentNamespace, u"content"_s);
    xml.writeStartElement(u"channel"_s);
    textElement(xml, u"title"_s, feed.title);
    textElement(xml, u"link"_s, feed.link);
    textElement(xml, u"description"_s, feed.description);
    if (!feed.selfUrl.isEmpty()) {
        xml.writeEmptyElement(AtomNamespace, u"link"_s);
        xml.writeAttribute(u"rel"_s, u"self"_s);
        xml.writeAttribute(u"type"_s, u"application/rss+xml"_s);
        xml.writeAttribute(u"href"_s, feed.selfUrl);
    }
    if (feed.updated.isValid())
        xml.writeTextElement(u"lastBuildDate"_s, rfc822(feed.updated));
    if (feed.ttlMinutes > 0)
        xml.writeTextElement(u"ttl"_s, QString::number(feed.ttlMinutes));
    for (const FeedEntry &entry : feed.entries) {
        xml.writeStartElement(u"item"_s);
        textElement(xml, u"title"_s, entry.title);
        textElement(xml, u"link"_s, entry.link);
        xml.writeStartElement(u"guid"_s);
        xml.writeAttribute(u"isPermaLink"_s, u"false"_s);
        xml.writeCharacters(entry.id);
        xml.writeEndElement();
        if (entry.published.isValid())
            xml.writeTextElement(u"pubDate"_s, rfc822(entry.published));
        textElement(xml, u"author"_s, entry.author);
        textElement(xml, u"description"_s, entry.summary);
        if (!entry.content.isEmpty())
            xml.writeTextElement(ContentNamespace, u"encoded"_s, entry.content);
        if (!entry.thumbnailUrl.isEmpty()) {
            xml.writeEmptyElement(MediaNamespace, u"thumbnail"_s);
            xml.writeAttribute(u"url"_s, entry.thumbnailUrl);
        }
        if (!entry.enclosureUrl.isEmpty()) {
            xml.writeEmptyElement(u"enclosure"_s);
            xml.writeAttribute(u"url"_s, entry.enclosureUrl);
            xml.writeAttribute(u"length"_s, QString::number(entry.enclosureLength));
            xml.writeAttribute(u"type"_s, entry.enclosureType);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray atom(const FeedDocument &feed)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(AtomNamespace);
    xml.writeNamespace(MediaNamespace, u"media"_s);
    xml.writeStartElement(AtomNamespace, u"feed"_s);
    textElement(xml, u"id"_s, feed.id);
    textElement(xml, u"title"_s, feed.title);
    textElement(xml, u"subtitle"_s, feed.description);
    if (feed.updated.isValid())
        xml.writeTextElement(u"updated"_s, rfc3339(feed.updated));
    if (!feed.link.isEmpty()) {
        xml.writeEmptyElement(u"link"_s);
        xml.writeAttribute(u"rel"_s, u"alternate"_s);
        xml.writeAttribute(u"href"_s, feed.link);
    }
    if (!feed.selfUrl.isEmpty()) {
        xml.writeEmptyElement(u"link"_s);
        xml.writeAttribute(u"rel"_s, u"self"_s);
        xml.writeAttribute(u"href"_s, feed.selfUrl);
    }
    for (const FeedEntry &entry : feed.entries) {
        xml.writeStartElement(u"entry"_s);
        textElement(xml, u"id"_s, entry.id);
        xml.writeStartElement(u"title"_s);
        xml.writeAttribute(u"type"_s, u"text"_s);
        xml.writeCharacters(entry.title);
        xml.writeEndElement();
        if (!entry.link.isEmpty()) {
            xml.writeEmptyElement(u"link"_s);
            xml.writeAttribute(u"rel"_s, u"alternate"_s);
            xml.writeAttribute(u"href"_s, entry.link);
        }
        if (entry.published.isValid()) {
            xml.writeTextElement(u"published"_s, rfc3339(entry.published));
            xml.writeTextElement(u"updated"_s, rfc3339(entry.published));
        }
        if (!entry.author.isEmpty()) {
            xml.writeStartElement(u"author"_s);
            xml.writeTextElement(u"name"_s, entry.author);
            xml.writeEndElement();
        }
        if (!entry.summary.isEmpty()) {
            xml.writeStartElement(u"summary"_s);
            xml.writeAttribute(u"type"_s, u"html"_s);
            xml.writeCharacters(entry.summary);
            xml.writeEndElement();
        }
        if (!entry.content.isEmpty()) {
            xml.writeStartElement(u"content"_s);
            xml.writeAttribute(u"type"_s, u"html"_s);
            xml.writeCharacters(entry.content);
            xml.writeEndElement();
        }
        if (!entry.thumbnailUrl.isEmpty()) {
            xml.writeEmptyElement(MediaNamespace, u"thumbnail"_s);
            xml.writeAttribute(u"url"_s, entry.thumbnailUrl);
        }
        if (!entry.enclosureUrl.isEmpty()) {
            xml.writeEmptyElement(u"link"_s);
            xml.writeAttribute(u"rel"_s, u"enclosure"_s);
            xml.writeAttribute(u"href"_s, entry.enclosureUrl);
            xml.writeAttribute(u"length"_s, QString::number(entry.enclosureLength));
            xml.writeAttribute(u"type"_s, entry.enclosureType);
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace FeedWriter
