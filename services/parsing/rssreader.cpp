// SPDX-License-Identifier: MIT
#include "parsing/rssreader.h"

#include "parsing/dateparser.h"
#include "parsing/extensionreader.h"
#include "parsing/feedtext.h"
#include "parsing/namespaces.h"
#include "parsing/xmlcursor.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

QDateTime firstDate(std::initializer_list<const QString *> candidates)
{
    for (const QString *text : candidates) {
        if (text->trimmed().isEmpty())
            continue;
        // The first date written decides: an unparseable one stays absent rather than being
        // replaced by a field that means something else.
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

ParsedPerson firstPerson(std::initializer_list<const QString *> candidates)
{
    for (const QString *text : candidates) {
        if (!text->trimmed().isEmpty())
            return feedtext::personFromText(*text);
    }
    return {};
}

} // namespace

RssReader::RssReader(XmlCursor &cursor) : m_cursor(cursor), m_rootNamespace(cursor.namespaceUri().toString()) {}

bool RssReader::isRssElement() const
{
    const QStringView uri = m_cursor.namespaceUri();
    if (uri == ns::xhtml)
        return m_cursor.name() == u"body"_s; // XHTML body as an item's full text
    return uri.isEmpty() || uri == ns::rss10 || uri == ns::rss090 || uri == ns::rss090Channel || (uri == m_rootNamespace && uri != ns::rdf);
}

void RssReader::read(ParsedFeed &feed)
{
    if (m_cursor.namespaceUri() == ns::rdf) {
        feed.format = FeedFormat::Rdf;
        const bool v090 = m_cursor.declaresNamespace(ns::rss090) || m_cursor.declaresNamespace(ns::rss090Channel);
        feed.version = v090 ? u"0.90"_s : u"1.0"_s;
    } else {
        feed.format = FeedFormat::Rss;
        feed.version = m_cursor.attribute("version"_L1).trimmed();
    }
    RssChannelDraft draft;
    while (m_cursor.nextChild()) {
        if (!isRssElement()) {
            m_cursor.skip();
            continue;
        }
        const QStringView name = m_cursor.name();
        if (name == u"channel"_s)
            readChannel(feed, draft);
        else if (name == u"item"_s)
            readItem(feed); // RDF keeps items beside the channel; some RSS does too
        else if (name == u"image"_s)
            readImage(draft);
        else
            m_cursor.skip();
    }
    finishChannel(feed, draft);
}

void RssReader::readChannel(ParsedFeed &feed, RssChannelDraft &draft)
{
    while (m_cursor.nextChild()) {
        if (isRssElement()) {
            if (!readChannelElement(feed, draft))
                m_cursor.skip();
        } else if (!ExtensionReader::readChannelElement(m_cursor, feed, draft)) {
            m_cursor.skip();
        }
    }
}

void RssReader::readLink(QString &href, QString &text, QList<ParsedLink> &links)
{
    // `<link href="..."/>` (an Atom habit in RSS) wins over the text form, as in most readers.
    const QString hrefAttribute = m_cursor.resolve(m_cursor.attribute("href"_L1));
    const QString value = m_cursor.resolve(m_cursor.readText().trimmed());
    for (const QString *found : {&value, &hrefAttribute}) {
        if (!found->isEmpty())
            links.append(ParsedLink{*found, {}, {}, {}, {}, -1});
    }
    if (href.isEmpty())
        href = hrefAttribute;
    if (text.isEmpty())
        text = value;
}

bool RssReader::readChannelElement(ParsedFeed &feed, RssChannelDraft &draft)
{
    const QStringView name = m_cursor.name();
    if (name == u"item"_s) {
        readItem(feed);
    } else if (name == u"title"_s) {
        feed.title = m_cursor.readText().trimmed();
        feed.titleMarkup = TitleMarkup::MaybeHtml;
    } else if (name == u"link"_s) {
        readLink(draft.linkHref, draft.linkText, feed.links);
    } else if (name == u"description"_s) {
        feed.description = feedtext::resolveHtmlUris(m_cursor.readText().trimmed(), m_cursor.base());
    } else if (name == u"pubDate"_s) {
        draft.pubDate = m_cursor.readText();
    } else if (name == u"lastBuildDate"_s) {
        draft.lastBuildDate = m_cursor.readText();
    } else if (name == u"managingEditor"_s) {
        draft.managingEditor = m_cursor.readText();
    } else if (name == u"webMaster"_s) {
        draft.webMaster = m_cursor.readText();
    } else if (name == u"author"_s) {
        draft.author = m_cursor.readText();
    } else if (name == u"ttl"_s) {
        bool ok = false;
        const int ttl = m_cursor.readText().trimmed().toInt(&ok);
        if (ok && ttl >= 0)
            feed.ttlMinutes = ttl;
    } else if (name == u"skipHours"_s) {
        while (m_cursor.nextChild()) {
            bool ok = false;
            const int hour = m_cursor.name() == u"hour"_s ? m_cursor.readText().trimmed().toInt(&ok) : (m_cursor.skip(), -1);
            if (ok && hour >= 0 && hour <= 24 && !feed.skipHours.contains(hour % 24))
                feed.skipHours.append(hour % 24);
        }
    } else if (name == u"skipDays"_s) {
        while (m_cursor.nextChild()) {
            const QString day = m_cursor.name() == u"day"_s ? m_cursor.readText().trimmed() : (m_cursor.skip(), QString());
            if (!day.isEmpty() && !feed.skipDays.contains(day))
                feed.skipDays.append(day);
        }
    } else if (name == u"image"_s) {
        readImage(draft);
    } else {
        return false;
    }
    return true;
}

void RssReader::readImage(RssChannelDraft &draft)
{
    while (m_cursor.nextChild()) {
        if (isRssElement() && m_cursor.name() == u"url"_s && draft.imageUrl.isEmpty())
            draft.imageUrl = m_cursor.resolve(m_cursor.readText());
        else
            m_cursor.skip();
    }
}

void RssReader::readItem(ParsedFeed &feed)
{
    RssItemDraft draft;
    while (m_cursor.nextChild()) {
        const bool handled = isRssElement() ? readItemElement(draft) : ExtensionReader::readItemElement(m_cursor, draft);
        if (!handled)
            m_cursor.skip();
    }
    if (m_cursor.hasError())
        return; // cut off by the break: its fields are incomplete
    finishItem(draft);
    feed.items.append(std::move(draft.item));
}

bool RssReader::readItemElement(RssItemDraft &draft)
{
    const QStringView name = m_cursor.name();
    ParsedItem &item = draft.item;
    if (name == u"title"_s) {
        item.title = m_cursor.readText().trimmed();
        item.titleMarkup = TitleMarkup::MaybeHtml;
    } else if (name == u"link"_s) {
        readLink(draft.linkHref, draft.linkText, item.links);
    } else if (name == u"description"_s || name == u"summary"_s) {
        // Some feeds carry both; the first is the summary, the other the full text.
        QString text = feedtext::resolveHtmlUris(m_cursor.readText().trimmed(), m_cursor.base());
        (item.summary.isEmpty() ? item.summary : draft.secondText) = std::move(text);
    } else if (name == u"body"_s && m_cursor.namespaceUri() == ns::xhtml) {
        draft.secondText = m_cursor.readMarkup().trimmed();
    } else if (name == u"fullitem"_s) {
        draft.secondText = m_cursor.readText().trimmed();
    } else if (name == u"guid"_s) {
        const bool permaLink = m_cursor.attribute("isPermaLink"_L1).trimmed().compare(u"false"_s, Qt::CaseInsensitive) != 0;
        draft.guid = m_cursor.readText().trimmed();
        if (permaLink && (draft.guid.startsWith(u"http://"_s) || draft.guid.startsWith(u"https://"_s)))
            draft.guidLink = draft.guid;
    } else if (name == u"pubDate"_s) {
        draft.pubDate = m_cursor.readText();
    } else if (name == u"author"_s) {
        draft.author = m_cursor.readText();
    } else if (name == u"enclosure"_s) {
        ParsedEnclosure enclosure;
        enclosure.url = m_cursor.resolve(m_cursor.attribute("url"_L1));
        enclosure.type = m_cursor.attribute("type"_L1).trimmed();
        enclosure.length = feedtext::lengthFromText(m_cursor.attribute("length"_L1));
        m_cursor.skip();
        if (!enclosure.url.isEmpty())
            item.enclosures.append(enclosure);
    } else {
        return false;
    }
    return true;
}

void RssReader::finishItem(RssItemDraft &draft) const
{
    ParsedItem &item = draft.item;
    item.id = draft.guid;
    item.link = firstNonEmpty({&draft.linkHref, &draft.linkText, &draft.atomAlternate, &draft.guidLink});
    if (item.title.isEmpty()) {
        item.title = draft.dcTitle;
        item.titleMarkup = TitleMarkup::MaybeHtml;
    }
    if (item.summary.isEmpty())
        item.summary = firstNonEmpty({&draft.dcDescription, &draft.itunesSummary});
    if (item.content.isEmpty())
        item.content = firstNonEmpty({&draft.secondText, &draft.atomContent});
    item.published = firstDate({&draft.pubDate, &draft.dcDate, &draft.dcIssued, &draft.atomPublished});
    item.updated = firstDate({&draft.dcModified, &draft.dcDate, &draft.atomUpdated});
    const QString firstCreator = draft.dcCreators.value(0);
    ParsedPerson author = firstPerson({&draft.author, &firstCreator, &draft.itunesAuthor});
    if (author.text.isEmpty() && !draft.atomAuthor.name.isEmpty())
        author = draft.atomAuthor;
    if (!author.text.isEmpty() || !author.name.isEmpty() || !author.email.isEmpty())
        item.authors.append(author);
    item.image = firstNonEmpty({&draft.mediaThumbnail, &draft.itunesImage, &draft.mediaContentImage});
    feedtext::chooseItemImage(item, m_cursor.base());
}

void RssReader::finishChannel(ParsedFeed &feed, RssChannelDraft &draft)
{
    feed.link = firstNonEmpty({&draft.linkHref, &draft.linkText, &draft.atomAlternate});
    if (!draft.atomAlternate.isEmpty() && feed.links.isEmpty())
        feed.links.append(ParsedLink{draft.atomAlternate, {}, {}, {}, {}, -1});
    if (feed.title.isEmpty()) {
        feed.title = draft.dcTitle;
        feed.titleMarkup = TitleMarkup::MaybeHtml;
    }
    if (feed.description.isEmpty())
        feed.description = firstNonEmpty({&draft.dcDescription, &draft.itunesSummary});
    feed.published = firstDate({&draft.pubDate, &draft.dcIssued});
    feed.updated = firstDate({&draft.lastBuildDate, &draft.dcModified, &draft.dcDate, &draft.atomUpdated});
    const QString firstCreator = draft.dcCreators.value(0);
    const ParsedPerson author = firstPerson({&draft.managingEditor, &draft.webMaster, &draft.author, &firstCreator, &draft.itunesAuthor});
    if (!author.text.isEmpty())
        feed.authors.append(author);
    feed.image = firstNonEmpty({&draft.imageUrl, &draft.itunesImage, &draft.mediaThumbnail});
}

} // namespace freshet
