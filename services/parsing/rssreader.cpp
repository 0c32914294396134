#include "parsing/rssreader.h"

#include "parsing/dateparser.h"
#include "parsing/extensionreader.h"
#include "parsing/feedtext.h"
#include "parsing/namespaces.h"
#include "parsing/xmlcursor.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// RSS elements have no namespace; RDF puts them in the RSS 1.0 or 0.90 namespace.
bool isRssElement(const XmlCursor &cursor)
{
    const QStringView uri = cursor.namespaceUri();
    return uri.isEmpty() || uri == ns::rss10 || uri == ns::rss090;
}

QDateTime firstDate(std::initializer_list<const QString *> candidates)
{
    for (const QString *text : candidates) {
        if (text->trimmed().isEmpty())
            continue;
        // The first date written decides: an unparseable one stays absent rather than being
        // replaced by a different field's meaning.
        return DateParser::parse(*text);
    }
    return {};
}

QString firstNonEmpty(std::initializer_list<const QString *> candidates)
{
    for (const QString *text : candidates) {
        if (!text->isEmpty())
            return *text;
    }
    return {};
}

} // namespace

void RssReader::read(XmlCursor &cursor, ParsedFeed &feed)
{
    if (cursor.namespaceUri() == ns::rdf) {
        feed.format = FeedFormat::Rdf;
        feed.version = u"1.0"_s;
    } else {
        feed.format = FeedFormat::Rss;
        feed.version = cursor.attribute("version"_L1).trimmed();
    }
    RssChannelDraft draft;
    while (cursor.nextChild()) {
        if (!isRssElement(cursor)) {
            cursor.skip();
            continue;
        }
        if (cursor.namespaceUri() == ns::rss090)
            feed.version = u"0.90"_s;
        const QStringView name = cursor.name();
        if (name == u"channel"_s)
            readChannel(cursor, feed, draft);
        else if (name == u"item"_s)
            readItem(cursor, feed); // RDF keeps items beside the channel; some RSS does too
        else if (name == u"image"_s)
            readImage(cursor, draft);
        else
            cursor.skip();
    }
    finishChannel(feed, draft);
}

void RssReader::readChannel(XmlCursor &cursor, ParsedFeed &feed, RssChannelDraft &draft)
{
    while (cursor.nextChild()) {
        if (isRssElement(cursor)) {
            if (!readChannelElement(cursor, feed, draft))
                cursor.skip();
        } else if (!ExtensionReader::readChannelElement(cursor, feed, draft)) {
            cursor.skip();
        }
    }
}

bool RssReader::readChannelElement(XmlCursor &cursor, ParsedFeed &feed, RssChannelDraft &draft)
{
    const QStringView name = cursor.name();
    if (name == u"item"_s) {
        readItem(cursor, feed);
    } else if (name == u"title"_s) {
        feed.title = cursor.readText();
    } else if (name == u"link"_s) {
        const QString href = cursor.attribute("href"_L1);
        if (!href.isEmpty() && draft.linkHref.isEmpty())
            draft.linkHref = cursor.resolve(href);
        const QString text = cursor.resolve(cursor.readText());
        if (!text.isEmpty()) {
            if (draft.linkText.isEmpty())
                draft.linkText = text;
            feed.links.append(ParsedLink{text, {}, {}, {}, {}, -1});
        }
    } else if (name == u"description"_s) {
        feed.description = cursor.readText();
    } else if (name == u"pubDate"_s) {
        draft.pubDate = cursor.readText();
    } else if (name == u"lastBuildDate"_s) {
        draft.lastBuildDate = cursor.readText();
    } else if (name == u"managingEditor"_s) {
        draft.managingEditor = cursor.readText();
    } else if (name == u"webMaster"_s) {
        draft.webMaster = cursor.readText();
    } else if (name == u"ttl"_s) {
        bool ok = false;
        const int ttl = cursor.readText().trimmed().toInt(&ok);
        if (ok && ttl >= 0)
            feed.ttlMinutes = ttl;
    } else if (name == u"skipHours"_s) {
        while (cursor.nextChild()) {
            bool ok = false;
            const int hour = cursor.name() == u"hour"_s ? cursor.readText().trimmed().toInt(&ok) : (cursor.skip(), -1);
            if (ok && hour >= 0 && hour <= 24 && !feed.skipHours.contains(hour % 24))
                feed.skipHours.append(hour % 24);
        }
    } else if (name == u"skipDays"_s) {
        while (cursor.nextChild()) {
            const QString day = cursor.name() == u"day"_s ? cursor.readText().trimmed() : (cursor.skip(), QString());
            if (!day.isEmpty() && !feed.skipDays.contains(day))
                feed.skipDays.append(day);
        }
    } else if (name == u"image"_s) {
        readImage(cursor, draft);
    } else {
        return false;
    }
    return true;
}

void RssReader::readImage(XmlCursor &cursor, RssChannelDraft &draft)
{
    while (cursor.nextChild()) {
        if (isRssElement(cursor) && cursor.name() == u"url"_s && draft.imageUrl.isEmpty())
            draft.imageUrl = cursor.resolve(cursor.readText());
        else
            cursor.skip();
    }
}

void RssReader::readItem(XmlCursor &cursor, ParsedFeed &feed)
{
    RssItemDraft draft;
    while (cursor.nextChild()) {
        if (!isRssElement(cursor)) {
            if (!ExtensionReader::readItemElement(cursor, draft))
                cursor.skip();
            continue;
        }
        const QStringView name = cursor.name();
        ParsedItem &item = draft.item;
        if (name == u"title"_s) {
            item.title = cursor.readText();
        } else if (name == u"link"_s) {
            const QString href = cursor.attribute("href"_L1);
            if (!href.isEmpty() && draft.linkHref.isEmpty())
                draft.linkHref = cursor.resolve(href);
            const QString text = cursor.resolve(cursor.readText());
            if (!text.isEmpty()) {
                if (draft.linkText.isEmpty())
                    draft.linkText = text;
                item.links.append(ParsedLink{text, {}, {}, {}, {}, -1});
            }
        } else if (name == u"description"_s) {
            item.summary = cursor.readText();
        } else if (name == u"guid"_s) {
            const bool permaLink = cursor.attribute("isPermaLink"_L1).trimmed().compare(u"false"_s, Qt::CaseInsensitive) != 0;
            draft.guid = cursor.readText().trimmed();
            if (permaLink && (draft.guid.startsWith(u"http://"_s) || draft.guid.startsWith(u"https://"_s)))
                draft.guidLink = draft.guid;
        } else if (name == u"pubDate"_s) {
            draft.pubDate = cursor.readText();
        } else if (name == u"author"_s) {
            draft.author = cursor.readText();
        } else if (name == u"enclosure"_s) {
            ParsedEnclosure enclosure;
            enclosure.url = cursor.resolve(cursor.attribute("url"_L1));
            enclosure.type = cursor.attribute("type"_L1).trimmed();
            enclosure.length = feedtext::lengthFromText(cursor.attribute("length"_L1));
            cursor.skip();
            if (!enclosure.url.isEmpty())
                item.enclosures.append(enclosure);
        } else {
            cursor.skip();
        }
    }
    if (cursor.hasError())
        return; // cut off by the break: its fields are incomplete
    finishItem(draft, cursor);
    feed.items.append(std::move(draft.item));
}

void RssReader::finishItem(RssItemDraft &draft, const XmlCursor &cursor)
{
    ParsedItem &item = draft.item;
    item.id = draft.guid;
    item.link = firstNonEmpty({&draft.linkHref, &draft.linkText, &draft.atomAlternate, &draft.guidLink});
    if (item.title.isEmpty())
        item.title = draft.dcTitle;
    if (item.summary.isEmpty())
        item.summary = firstNonEmpty({&draft.dcDescription, &draft.itunesSummary});
    item.published = firstDate({&draft.pubDate, &draft.dcDate, &draft.dcIssued, &draft.atomPublished});
    item.updated = firstDate({&draft.dcModified, &draft.dcDate, &draft.atomUpdated});
    if (!draft.author.trimmed().isEmpty())
        item.authors.append(feedtext::personFromText(draft.author));
    for (const QString &creator : std::as_const(draft.dcCreators)) {
        if (!creator.trimmed().isEmpty())
            item.authors.append(feedtext::personFromText(creator));
    }
    if (item.authors.isEmpty() && !draft.itunesAuthor.trimmed().isEmpty())
        item.authors.append(feedtext::personFromText(draft.itunesAuthor));
    item.image = firstNonEmpty({&draft.mediaThumbnail, &draft.itunesImage, &draft.mediaContentImage});
    feedtext::chooseItemImage(item, cursor.base());
}

void RssReader::finishChannel(ParsedFeed &feed, RssChannelDraft &draft)
{
    feed.link = firstNonEmpty({&draft.linkHref, &draft.linkText, &draft.atomAlternate});
    if (feed.title.isEmpty())
        feed.title = draft.dcTitle;
    if (feed.description.isEmpty())
        feed.description = firstNonEmpty({&draft.dcDescription, &draft.itunesSummary});
    feed.published = firstDate({&draft.pubDate, &draft.dcIssued});
    feed.updated = firstDate({&draft.lastBuildDate, &draft.dcModified, &draft.dcDate, &draft.atomUpdated});
    for (const QString *text : {&draft.managingEditor, &draft.webMaster}) {
        if (!text->trimmed().isEmpty()) {
            feed.authors.append(feedtext::personFromText(*text));
            break;
        }
    }
    for (const QString &creator : std::as_const(draft.dcCreators)) {
        if (!creator.trimmed().isEmpty())
            feed.authors.append(feedtext::personFromText(creator));
    }
    if (feed.authors.isEmpty() && !draft.itunesAuthor.trimmed().isEmpty())
        feed.authors.append(feedtext::personFromText(draft.itunesAuthor));
    feed.image = firstNonEmpty({&draft.imageUrl, &draft.itunesImage, &draft.mediaThumbnail});
}

} // namespace freshet
