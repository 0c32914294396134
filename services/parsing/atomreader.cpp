// SPDX-License-Identifier: MIT
#include "parsing/atomreader.h"

#include "parsing/dateparser.h"
#include "parsing/extensionreader.h"
#include "parsing/feedtext.h"
#include "parsing/namespaces.h"
#include "parsing/urltext.h"
#include "parsing/xmlcursor.h"

#include <QStringDecoder>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

bool isAtomNamespace(QStringView uri)
{
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
    // Only unwrap when that div is the single top-level element.
    const QStringView inner = trimmed.sliced(open + 1, trimmed.size() - open - 1 - 6);
    int depth = 0;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] != u'<')
            continue;
        if (inner.sliced(i).startsWith(u"<div"_s))
            ++depth;
        else if (inner.sliced(i).startsWith(u"</div"_s) && --depth < 0)
            return markup;
    }
    return inner.trimmed().toString();
}

/// Base64 as RFC 4287 means it for binary content: only the alphabet, padding and whitespace.
std::optional<QString> decodedBase64(const QString &text)
{
    QByteArray compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSpace())
            continue;
        const bool alphabet = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '+' || u == '/' || u == '=';
        if (!alphabet)
            return std::nullopt;
        compact.append(char(u));
    }
    if (compact.isEmpty() || compact.size() % 4 != 0)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // Text that merely looks like base64 ("test") decodes to bytes that are not UTF-8.
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString result = utf8.decode(*decoded);
    if (utf8.hasError())
        return std::nullopt;
    return result;
}

/// Read before the element is: how its title is written, by the type and 0.3 mode attributes.
TitleMarkup titleMarkup(const XmlCursor &cursor)
{
    const QString type = cursor.attribute("type"_L1).trimmed().toLower();
    const bool html = type == u"html"_s || type == u"text/html"_s || type == u"xhtml"_s || type == u"application/xhtml+xml"_s;
    return html || cursor.attribute("mode"_L1).trimmed().toLower() == u"escaped"_s ? TitleMarkup::Html : TitleMarkup::Text;
}

QDateTime parsedDate(XmlCursor &cursor)
{
    return DateParser::parse(cursor.readText());
}

} // namespace

AtomReader::AtomReader(XmlCursor &cursor) : m_cursor(cursor), m_rootNamespace(cursor.namespaceUri().toString()) {}

bool AtomReader::isAtom() const
{
    const QStringView uri = m_cursor.namespaceUri();
    return isAtomNamespace(uri) || uri == m_rootNamespace;
}

QString AtomReader::readTextConstruct(XmlCursor &cursor, bool isContent, QString *typeOut)
{
    const QString type = cursor.attribute("type"_L1).trimmed();
    const QString mode = cursor.attribute("mode"_L1).trimmed().toLower();
    if (typeOut)
        *typeOut = type;
    const QString lowerType = type.toLower();
    const QString base = cursor.base();
    if (lowerType == u"xhtml"_s || lowerType == u"application/xhtml+xml"_s)
        return feedtext::resolveHtmlUris(unwrapXhtmlDiv(cursor.readMarkup()), base);
    const bool xmlType = lowerType.endsWith(u"+xml"_s) || lowerType.endsWith(u"/xml"_s);
    if (isContent && xmlType && mode.isEmpty())
        return cursor.readMarkup().trimmed(); // inline XML of another vocabulary, kept as markup
    QString text = cursor.readText().trimmed();
    const bool html = lowerType == u"html"_s || lowerType == u"text/html"_s || mode == u"escaped"_s;
    if (html && cursor.sawMarkup()) {
        // Escaped HTML wrapped in a literal XHTML div: the div is packaging, its text the HTML.
        text = feedtext::unescapeXml(unwrapXhtmlDiv(text));
    }
    const bool textual = lowerType.isEmpty() || lowerType == u"text"_s || lowerType == u"html"_s || lowerType.startsWith(u"text/"_s) || xmlType;
    if (mode == u"base64"_s || (!textual && mode.isEmpty())) {
        if (const auto decoded = decodedBase64(text))
            return *decoded;
    }
    if (html)
        return feedtext::resolveHtmlUris(text, base);
    return text;
}

void AtomReader::read(ParsedFeed &feed)
{
    feed.format = FeedFormat::Atom;
    const bool version03 = m_rootNamespace == ns::atom03 || m_cursor.attribute("version"_L1).trimmed() == u"0.3"_s;
    feed.version = version03 ? u"0.3"_s : u"1.0"_s;
    QString logo, icon;
    while (m_cursor.nextChild()) {
        if (!isAtom()) {
            m_cursor.skip();
            continue;
        }
        const QStringView name = m_cursor.name();
        if (name == u"entry"_s) {
            readEntry(feed);
        } else if (name == u"title"_s) {
            feed.titleMarkup = titleMarkup(m_cursor);
            feed.title = readTextConstruct(m_cursor);
        } else if (name == u"subtitle"_s || name == u"tagline"_s) {
            feed.description = readTextConstruct(m_cursor);
        } else if (name == u"link"_s) {
            const ParsedLink link = readLink();
            if (link.rel == u"self"_s && feed.feedLink.isEmpty())
                feed.feedLink = link.href;
            if (link.rel == u"alternate"_s && feed.link.isEmpty())
                feed.link = link.href;
            feed.links.append(link);
        } else if (name == u"updated"_s || name == u"modified"_s) {
            feed.updated = parsedDate(m_cursor);
        } else if (name == u"published"_s || name == u"issued"_s) {
            feed.published = parsedDate(m_cursor);
        } else if (name == u"author"_s) {
            feed.authors.append(readPerson(m_cursor));
        } else if (name == u"logo"_s) {
            logo = m_cursor.resolve(m_cursor.readText());
        } else if (name == u"icon"_s) {
            icon = m_cursor.resolve(m_cursor.readText());
        } else {
            m_cursor.skip();
        }
    }
    feed.image = logo.isEmpty() ? icon : logo;
}

void AtomReader::readEntry(ParsedFeed &feed)
{
    RssItemDraft extras; // media:* and itunes:* borrowed by Atom feeds too
    ParsedItem &item = extras.item;
    while (m_cursor.nextChild()) {
        if (!isAtom()) {
            if (!ExtensionReader::readItemElement(m_cursor, extras))
                m_cursor.skip();
            continue;
        }
        const QStringView name = m_cursor.name();
        if (name == u"id"_s) {
            const QString id = m_cursor.readText().trimmed();
            // A relative id is relative to xml:base like any other IRI in the document.
            item.id = urltext::hasScheme(id) ? id : m_cursor.resolve(id);
        } else if (name == u"title"_s) {
            item.titleMarkup = titleMarkup(m_cursor);
            item.title = readTextConstruct(m_cursor);
        } else if (name == u"link"_s) {
            const ParsedLink link = readLink();
            if (link.rel == u"alternate"_s && item.link.isEmpty())
                item.link = link.href;
            if (link.rel == u"enclosure"_s && !link.href.isEmpty())
                item.enclosures.append(ParsedEnclosure{link.href, link.type, link.length});
            item.links.append(link);
        } else if (name == u"summary"_s) {
            item.summary = readTextConstruct(m_cursor);
        } else if (name == u"content"_s) {
            item.content = readTextConstruct(m_cursor, true, &item.contentType);
        } else if (name == u"published"_s || name == u"issued"_s) {
            item.published = parsedDate(m_cursor);
        } else if (name == u"updated"_s || name == u"modified"_s) {
            item.updated = parsedDate(m_cursor);
        } else if (name == u"author"_s) {
            item.authors.append(readPerson(m_cursor));
        } else {
            m_cursor.skip();
        }
    }
    if (m_cursor.hasError())
        return; // cut off by the break: its fields are incomplete
    if (item.authors.isEmpty() && !extras.dcCreators.isEmpty())
        item.authors.append(feedtext::personFromText(extras.dcCreators.constFirst()));
    if (!item.published.isValid() && !extras.dcDate.isEmpty())
        item.published = DateParser::parse(extras.dcDate);
    for (const QString *image : {&extras.mediaThumbnail, &extras.itunesImage, &extras.mediaContentImage}) {
        if (item.image.isEmpty())
            item.image = *image;
    }
    feedtext::chooseItemImage(item, m_cursor.base());
    feed.items.append(std::move(item));
}

ParsedPerson AtomReader::readPerson(XmlCursor &cursor)
{
    ParsedPerson person;
    while (cursor.nextChild()) {
        const QStringView name = cursor.name();
        if (name == u"name"_s)
            person.name = cursor.readText().trimmed();
        else if (name == u"email"_s)
            person.email = cursor.readText().trimmed();
        else if (name == u"uri"_s || name == u"url"_s || name == u"homepage"_s)
            person.uri = cursor.resolve(cursor.readText());
        else
            cursor.skip();
    }
    return person;
}

ParsedLink AtomReader::readLink()
{
    ParsedLink link;
    // An empty href is a reference to the base itself, as in any IRI.
    link.href = m_cursor.resolve(m_cursor.attribute("href"_L1), true);
    link.rel = m_cursor.attribute("rel"_L1).trimmed();
    if (link.rel.isEmpty())
        link.rel = u"alternate"_s;
    link.type = m_cursor.attribute("type"_L1).trimmed();
    link.title = m_cursor.attribute("title"_L1);
    link.hreflang = m_cursor.attribute("hreflang"_L1).trimmed();
    link.length = feedtext::lengthFromText(m_cursor.attribute("length"_L1));
    m_cursor.skip();
    return link;
}

} // namespace freshet
