#include "parsing/feedparser.h"

#include "parsing/atomreader.h"
#include "parsing/encodingdetector.h"
#include "parsing/jsonfeedreader.h"
#include "parsing/namespaces.h"
#include "parsing/photosreader.h"
#include "parsing/rssreader.h"
#include "parsing/xmlcursor.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// The first character that is not a BOM or whitespace, in an ASCII-compatible document.
char firstSignificant(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    for (const char c : bytes) {
        if (!isSpace(c))
            return c;
    }
    return 0;
}

ParsedFeed failure(const QString &message)
{
    ParsedFeed feed;
    feed.error = message;
    return feed;
}

void readXml(XmlCursor &cursor, ParsedFeed &feed)
{
    if (!cursor.enterRoot()) {
        feed.error = cursor.hasError() ? cursor.errorString()
                                       : QCoreApplication::translate("FeedParser", "The document has no root element.");
        return;
    }
    const QStringView name = cursor.name();
    const QStringView uri = cursor.namespaceUri();
    if (name == u"rss"_s || (name == u"RDF"_s && uri == ns::rdf)) {
        RssReader::read(cursor, feed);
    } else if (name == u"feed"_s && (uri == ns::atom10 || uri == ns::atom03)) {
        AtomReader::read(cursor, feed);
    } else if (name == u"photos"_s && uri.isEmpty()) {
        PhotosReader::read(cursor, feed);
    } else {
        feed.error = QCoreApplication::translate("FeedParser", "The document is XML but not a feed (its root element is <%1>).").arg(name.toString());
        return;
    }
    // Whatever follows the root must still be well-formed (comments, processing instructions).
    while (!cursor.hasError() && !cursor.atEnd())
        cursor.skip();
}

} // namespace

QString feedFormatName(FeedFormat format)
{
    switch (format) {
    case FeedFormat::Rss: return u"rss"_s;
    case FeedFormat::Rdf: return u"rdf"_s;
    case FeedFormat::Atom: return u"atom"_s;
    case FeedFormat::Json: return u"json"_s;
    case FeedFormat::Photos: return u"photos"_s;
    case FeedFormat::Unknown: break;
    }
    return {};
}

ParsedFeed FeedParser::parse(QByteArrayView bytes, const ParseOptions &options)
{
    if (options.maxBytes > 0 && bytes.size() > options.maxBytes) {
        return failure(QCoreApplication::translate("FeedParser", "The document is %1 bytes long, more than the limit of %2 bytes.")
                           .arg(bytes.size())
                           .arg(options.maxBytes));
    }
    const char first = firstSignificant(bytes);
    if (bytes.isEmpty() || (first == 0 && !bytes.contains('\0')))
        return failure(QCoreApplication::translate("FeedParser", "The document is empty."));

    ParsedFeed feed;
    if (first == '{' || first == '[') {
        feed.encoding = u"utf-8"_s;
        JsonFeedReader::read(bytes, options, feed);
        return feed;
    }

    // XML forbids anything before the declaration, but servers that prepend a newline are common
    // and the intent is clear.
    qsizetype leading = 0;
    while (leading < bytes.size() && isSpace(bytes[leading]))
        ++leading;
    DecodedDocument document = EncodingDetector::decode(bytes.sliced(leading), options.httpCharset);
    feed.encoding = document.encoding;
    {
        XmlCursor cursor(document, options);
        readXml(cursor, feed);
        if (cursor.hasError() && feed.error.isEmpty())
            feed.error = cursor.errorString();
    }
    if (feed.error.isEmpty() && !document.problem.isEmpty())
        feed.error = document.problem;
    feed.partial = !feed.error.isEmpty() && (!feed.items.isEmpty() || !feed.title.isEmpty());
    return feed;
}

} // namespace freshet
