#include "parsing/atomreader.h"

#include "parsing/dateparser.h"
#include "parsing/extensionreader.h"
#include "parsing/feedtext.h"
#include "parsing/namespaces.h"
#include "parsing/xmlcursor.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

bool isAtom(const XmlCursor &cursor)
{
    const QStringView uri = cursor.namespaceUri();
    return uri == ns::atom10 || uri == ns::atom03;
}

/// Drops the wrapper <div> that Atom requires around inline XHTML.
QString unwrapXhtmlDiv(const QString &markup)
{
    const QStringView trimmed = QStringView(markup).trimmed();
    if (!trimmed.startsWith(u"<div"_s) || !trimmed.endsWith(u"</div>"_s))
        return markup;
    const qsizetype open = trimmed.indexOf(u'>');
    if (open < 0)
        return markup;
    if (trimmed[open - 1] == u'/')
        return {};
    // Only unwrap when that div is the single top-level element.
    const QStringView inner = trimmed.sliced(open + 1, trimmed.size() - open - 1 - 6);
    int depth = 0;
    for (qsizetype i = 0; i + 4 < inner.size(); ++i) {
        if (inner[i] != u'<')
            continue;
        if (inner.sliced(i).startsWith(u"<div"_s))
            ++depth;
        else if (inner.sliced(i).startsWith(u"</div"_s) && --depth < 0)
            return markup;
    }
    return inner.toString();
}

QDateTime parsedDate(XmlCursor &cursor)
{
    return DateParser::parse(cursor.readText());
}

} // namespace

QString AtomReader::readTextConstruct(XmlCursor &cursor, QString *typeOut)
{
    const QString type = cursor.attribute("type"_L1).trimmed();
    const QString mode = cursor.attribute("mode"_L1).trimmed().toLower();
    if (typeOut)
        *typeOut = type;
    const QString lowerType = type.toLower();
    if (lowerType == u"xhtml"_s || lowerType == u"application/xhtml+xml"_s)
        return unwrapXhtmlDiv(cursor.readMarkup());
    QString text = cursor.readText();
    const bool textual = lowerType.isEmpty() || lowerType == u"text"_s || lowerType == u"html"_s
        || lowerType.startsWith(u"text/"_s) || lowerType.endsWith(u"+xml"_s) || lowerType.endsWith(u"/xml"_s);
    if (mode == u"base64"_s || (!textual && mode.isEmpty() && cursor.namespaceUri() != ns::atom03)) {
        const auto decoded = QByteArray::fromBase64Encoding(text.trimmed().toLatin1());
        if (decoded)
            return QString::fromUtf8(*decoded);
    }
    return text;
}

void AtomReader::read(XmlCursor &cursor, ParsedFeed &feed)
{
    feed.format = FeedFormat::Atom;
    feed.version = cursor.namespaceUri() == ns::atom03 ? u"0.3"_s : u"1.0"_s;
    QString logo, icon;
    while (cursor.nextChild()) {
        if (!isAtom(cursor)) {
            cursor.skip();
            continue;
        }
        const QStringView name = cursor.name();
        if (name == u"entry"_s) {
            readEntry(cursor, feed);
        } else if (name == u"title"_s) {
            feed.title = readTextConstruct(cursor);
        } else if (name == u"subtitle"_s || name == u"tagline"_s) {
            feed.description = readTextConstruct(cursor);
        } else if (name == u"link"_s) {
            const ParsedLink link = readLink(cursor);
            if (link.rel == u"self"_s && feed.feedLink.isEmpty())
                feed.feedLink = link.href;
            if (link.rel == u"alternate"_s && feed.link.isEmpty())
                feed.link = link.href;
            feed.links.append(link);
        } else if (name == u"updated"_s || name == u"modified"_s) {
            feed.updated = parsedDate(cursor);
        } else if (name == u"published"_s || name == u"issued"_s) {
            feed.published = parsedDate(cursor);
        } else if (name == u"author"_s) {
            feed.authors.append(readPerson(cursor));
        } else if (name == u"logo"_s) {
            logo = cursor.resolve(cursor.readText());
        } else if (name == u"icon"_s) {
            icon = cursor.resolve(cursor.readText());
        } else {
            cursor.skip();
        }
    }
    feed.image = logo.isEmpty() ? icon : logo;
}

void AtomReader::readEntry(XmlCursor &cursor, ParsedFeed &feed)
{
    RssItemDraft extras; // media:* and itunes:* borrowed by Atom feeds too
    ParsedItem &item = extras.item;
    while (cursor.nextChild()) {
        if (!isAtom(cursor)) {
            if (!ExtensionReader::readItemElement(cursor, extras))
                cursor.skip();
            continue;
        }
        const QStringView name = cursor.name();
        if (name == u"id"_s) {
            item.id = cursor.readText().trimmed();
        } else if (name == u"title"_s) {
            item.title = readTextConstruct(cursor);
        } else if (name == u"link"_s) {
            const ParsedLink link = readLink(cursor);
            if (link.rel == u"alternate"_s && item.link.isEmpty())
                item.link = link.href;
            if (link.rel == u"enclosure"_s && !link.href.isEmpty())
                item.enclosures.append(ParsedEnclosure{link.href, link.type, link.length});
            item.links.append(link);
        } else if (name == u"summary"_s) {
            item.summary = readTextConstruct(cursor);
        } else if (name == u"content"_s) {
            item.content = readTextConstruct(cursor, &item.contentType);
        } else if (name == u"published"_s || name == u"issued"_s) {
            item.published = parsedDate(cursor);
        } else if (name == u"updated"_s || name == u"modified"_s) {
            item.updated = parsedDate(cursor);
        } else if (name == u"author"_s) {
            item.authors.append(readPerson(cursor));
        } else {
            cursor.skip();
        }
    }
    if (cursor.hasError())
        return; // cut off by the break: its fields are incomplete
    if (item.authors.isEmpty()) {
        for (const QString &creator : std::as_const(extras.dcCreators))
            item.authors.append(feedtext::personFromText(creator));
    }
    if (!item.published.isValid() && !extras.dcDate.isEmpty())
        item.published = DateParser::parse(extras.dcDate);
    for (const QString *image : {&extras.mediaThumbnail, &extras.itunesImage, &extras.mediaContentImage}) {
        if (item.image.isEmpty())
            item.image = *image;
    }
    feedtext::chooseItemImage(item, cursor.base());
    feed.items.append(std::move(item));
}

ParsedPerson AtomReader::readPerson(XmlCursor &cursor)
{
    ParsedPerson person;
    while (cursor.nextChild()) {
        if (!isAtom(cursor)) {
            cursor.skip();
            continue;
        }
        const QStringView name = cursor.name();
        if (name == u"name"_s)
            person.name = cursor.readText().trimmed();
        else if (name == u"email"_s)
            person.email = cursor.readText().trimmed();
        else if (name == u"uri"_s || name == u"url"_s)
            person.uri = cursor.resolve(cursor.readText());
        else
            cursor.skip();
    }
    return person;
}

ParsedLink AtomReader::readLink(XmlCursor &cursor)
{
    ParsedLink link;
    link.href = cursor.resolve(cursor.attribute("href"_L1));
    link.rel = cursor.attribute("rel"_L1).trimmed();
    if (link.rel.isEmpty())
        link.rel = u"alternate"_s;
    link.type = cursor.attribute("type"_L1).trimmed();
    link.title = cursor.attribute("title"_L1);
    link.hreflang = cursor.attribute("hreflang"_L1).trimmed();
    link.length = feedtext::lengthFromText(cursor.attribute("length"_L1));
    cursor.skip();
    return link;
}

} // namespace freshet
