// SPDX-License-Identifier: MIT
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

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

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
        feed.error = cursor.hasError() ? cursor.errorString() : QCoreApplication::translate("FeedParser", "The document has no root element.");
        return;
    }
    const QStringView name = cursor.name();
    const QStringView uri = cursor.namespaceUri();
    if (name == u"rss"_s || (name == u"RDF"_s && uri == ns::rdf)) {
        RssReader(cursor).read(feed);
    } else if (name == u"feed"_s) {
        // Any namespace: Atom 0.3 drafts and copies of them used several.
        AtomReader(cursor).read(feed);
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

ParsedFeed parseDocument(const DecodedDocument &document, const ParseOptions &options)
{
    ParsedFeed feed;
    feed.encoding = document.encoding;
    feed.encodingConfidence = document.guessConfidence;
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

struct KnownPrefix
{
    QLatin1StringView prefix;
    QStringView uri;
};

const KnownPrefix knownPrefixes[] = {
    {"atom"_L1, ns::atom10},     {"media"_L1, ns::media},     {"itunes"_L1, ns::itunes},  {"dc"_L1, ns::dc},
    {"content"_L1, ns::content}, {"dcterms"_L1, ns::dcterms}, {"sy"_L1, ns::syndication},
};

QString documentText(const DecodedDocument &document)
{
    return document.isUtf8 ? QString::fromUtf8(document.utf8) : document.text;
}

/// Declarations (` xmlns:media="..."`) for the well-known prefixes used but never declared.
QString undeclaredPrefixes(const DecodedDocument &document)
{
    const QString text = documentText(document);
    QString declarations;
    for (const KnownPrefix &known : knownPrefixes) {
        const QString use = u'<' + known.prefix + u':';
        const QString declaration = u"xmlns:"_s + known.prefix + u'=';
        if (text.contains(use) && !text.contains(declaration))
            declarations += u' ' + declaration + u'"' + known.uri + u'"';
    }
    return declarations;
}

DecodedDocument withDeclarations(const DecodedDocument &document, const QString &declarations)
{
    DecodedDocument patched;
    patched.isUtf8 = false;
    patched.encoding = document.encoding;
    patched.problem = document.problem;
    patched.guessConfidence = document.guessConfidence;
    patched.text = documentText(document);
    // The root element is the first tag that starts with a letter (not <?, <! or a comment).
    for (qsizetype i = 0; i + 1 < patched.text.size(); ++i) {
        if (patched.text[i] != u'<' || !patched.text[i + 1].isLetter())
            continue;
        qsizetype end = i + 1;
        while (end < patched.text.size() && !patched.text[end].isSpace() && patched.text[end] != u'>' && patched.text[end] != u'/')
            ++end;
        patched.text.insert(end, declarations);
        break;
    }
    return patched;
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

    if (first == '{' || first == '[') {
        ParsedFeed feed;
        feed.encoding = u"utf-8"_s;
        JsonFeedReader::read(bytes, options, feed);
        return feed;
    }

    // XML forbids anything before the declaration, but servers that prepend a newline are common
    // and the intent is clear.
    qsizetype leading = 0;
    while (leading < bytes.size() && isSpace(bytes[leading]))
        ++leading;
    const DecodedDocument document = EncodingDetector::decode(bytes.sliced(leading), options.httpCharset);
    ParsedFeed feed = parseDocument(document, options);
    if (!feed.ok()) {
        // Feeds that use atom:, media:, itunes: ... without declaring them are common enough
        // that a second reading with the usual declarations added is worth it; the result still
        // says the document is broken.
        const QString fixes = undeclaredPrefixes(document);
        if (!fixes.isEmpty()) {
            DecodedDocument patched = withDeclarations(document, fixes);
            ParsedFeed recovered = parseDocument(patched, options);
            if (recovered.ok()) {
                recovered.error = QCoreApplication::translate("FeedParser", "The document uses namespace prefixes it does not declare; they were read as the usual namespaces.");
                recovered.partial = true;
                return recovered;
            }
        }
    }
    return feed;
}

} // namespace freshet
