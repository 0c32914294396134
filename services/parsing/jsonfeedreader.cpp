// SPDX-License-Identifier: MIT
#include "parsing/jsonfeedreader.h"

#include "parsing/dateparser.h"
#include "parsing/feedtext.h"
#include "parsing/urltext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

QString resolved(const QString &base, const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? text : urltext::resolved(base, text);
}

QList<ParsedPerson> readAuthors(const QJsonObject &object, const QString &base)
{
    QList<ParsedPerson> people;
    const auto add = [&](const QJsonValue &value) {
        const QJsonObject author = value.toObject();
        ParsedPerson person;
        person.name = author.value("name"_L1).toString();
        person.uri = resolved(base, author.value("url"_L1));
        if (person.uri.startsWith(u"mailto:"_s)) {
            person.email = person.uri.mid(7);
            person.uri.clear();
        }
        if (!person.name.isEmpty() || !person.uri.isEmpty() || !person.email.isEmpty())
            people.append(person);
    };
    const QJsonValue authors = object.value("authors"_L1);
    if (authors.isArray()) {
        for (const QJsonValue &author : authors.toArray())
            add(author);
    } else if (object.value("author"_L1).isObject()) {
        add(object.value("author"_L1)); // JSON Feed 1.0; deprecated in 1.1
    }
    return people;
}

QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    // 1.0 feeds in the wild write numeric ids; the spec asks for strings, we keep the digits.
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

} // namespace

void JsonFeedReader::read(QByteArrayView bytes, const ParseOptions &options, ParsedFeed &feed)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        feed.error = QCoreApplication::translate("FeedParser", "The document is not valid JSON (at offset %1): %2.")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return;
    }
    const QJsonObject root = document.object();
    const QString versionText = root.value("version"_L1).toString().trimmed();
    // The version is a URL by the spec; some generators write the bare number instead.
    const bool declared = versionText.contains(u"jsonfeed.org/version/"_s);
    if (!document.isObject() || (!declared && !root.value("items"_L1).isArray())) {
        feed.error = QCoreApplication::translate("FeedParser", "The document is JSON but not a JSON Feed.");
        return;
    }
    const QString base = options.documentUrl.toString(QUrl::FullyEncoded);
    feed.format = FeedFormat::Json;
    const QString number = declared ? versionText.section(u'/', -1) : versionText;
    feed.version = number.isEmpty() || number.contains(u'.') ? number : number + u".0"_s;
    feed.title = root.value("title"_L1).toString();
    feed.link = resolved(base, root.value("home_page_url"_L1));
    feed.feedLink = resolved(base, root.value("feed_url"_L1));
    feed.description = root.value("description"_L1).toString();
    feed.image = resolved(base, root.value("icon"_L1));
    if (feed.image.isEmpty())
        feed.image = resolved(base, root.value("favicon"_L1));
    feed.authors = readAuthors(root, base);
    for (const QString *href : {&feed.link, &feed.feedLink}) {
        if (!href->isEmpty())
            feed.links.append(ParsedLink{*href, {}, {}, {}, {}, -1});
    }
    const QJsonArray items = root.value("items"_L1).toArray();
    feed.items.reserve(items.size());
    for (const QJsonValue &value : items) {
        const QJsonObject object = value.toObject();
        ParsedItem item;
        item.id = idText(object.value("id"_L1));
        item.title = object.value("title"_L1).toString();
        item.link = resolved(base, object.value("url"_L1));
        const QString external = resolved(base, object.value("external_url"_L1));
        for (const QString *href : {static_cast<const QString *>(&item.link), &external}) {
            if (!href->isEmpty())
                item.links.append(ParsedLink{*href, {}, {}, {}, {}, -1});
        }
        if (item.link.isEmpty())
            item.link = external;
        // Relative addresses in the HTML resolve against the document, as in RSS; JSON Feed has no
        // xml:base to say otherwise.
        item.summary = feedtext::resolveHtmlUris(object.value("summary"_L1).toString(), base);
        item.content = feedtext::resolveHtmlUris(object.value("content_html"_L1).toString(), base);
        item.contentText = object.value("content_text"_L1).toString();
        if (item.content.isEmpty())
            item.content = item.contentText;
        item.image = resolved(base, object.value("image"_L1));
        if (item.image.isEmpty())
            item.image = resolved(base, object.value("banner_image"_L1));
        item.published = DateParser::parse(object.value("date_published"_L1).toString());
        item.updated = DateParser::parse(object.value("date_modified"_L1).toString());
        item.authors = readAuthors(object, base);
        for (const QJsonValue &attachment : object.value("attachments"_L1).toArray()) {
            const QJsonObject a = attachment.toObject();
            ParsedEnclosure enclosure;
            enclosure.url = resolved(base, a.value("url"_L1));
            enclosure.type = a.value("mime_type"_L1).toString();
            const QJsonValue size = a.value("size_in_bytes"_L1);
            enclosure.length = size.isDouble() && size.toDouble() >= 0 ? qint64(size.toDouble()) : -1;
            if (!enclosure.url.isEmpty())
                item.enclosures.append(enclosure);
        }
        feedtext::chooseItemImage(item, base);
        // JSON Feed has no feed-level dates; the newest item's stand in for them.
        if (item.published.isValid() && (!feed.published.isValid() || item.published > feed.published))
            feed.published = item.published;
        const QDateTime changed = item.updated.isValid() ? item.updated : item.published;
        if (changed.isValid() && (!feed.updated.isValid() || changed > feed.updated))
            feed.updated = changed;
        feed.items.append(std::move(item));
    }
}

} // namespace freshet
