// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace freshet {

/// The feed family a document was recognised as.
enum class FeedFormat { Unknown, Rss, Rdf, Atom, Json, Photos };

/// How a title is written. RSS never says, and feeds put escaped HTML in it ("&lt;b&gt;",
/// "&amp;#8217;"), so an RSS title is HTML only when it looks like HTML.
enum class TitleMarkup { Text, Html, MaybeHtml };

/// A person named by a feed or an item (Atom person construct, RSS author, JSON Feed author).
struct ParsedPerson
{
    QString name, email, uri;
    /// The author string as written, before splitting "email (Name)"; empty for structured sources.
    QString text;
};

/// One link of a feed or item, with the attributes Atom allows (RSS links carry only href).
struct ParsedLink
{
    QString href, rel, type, title, hreflang;
    qint64 length = -1;
};

/// A media file attached to an item (RSS enclosure, Atom rel=enclosure, JSON Feed attachment, media:content).
struct ParsedEnclosure
{
    QString url, type;
    qint64 length = -1;
};

/// One entry of a feed; every URL is already resolved against xml:base and the document URL.
struct ParsedItem
{
    QString id; // guid / atom id / json id (raw)
    QString title, link, summary, content, image;
    /// How `title` is written; titletext::of() gives the text a person sees.
    TitleMarkup titleMarkup = TitleMarkup::Text;
    /// How the content was labelled: Atom content@type, "html" for content:encoded, empty when unknown.
    QString contentType;
    /// JSON Feed content_text, kept apart from content_html.
    QString contentText;
    QList<ParsedPerson> authors;
    QList<ParsedLink> links;
    QDateTime published, updated; // UTC, invalid when absent/unparseable
    QList<ParsedEnclosure> enclosures;
    QString durationText; // itunes:duration, as written
};

/// What FeedParser made of one document. Plain value: safe to move between threads.
struct ParsedFeed
{
    FeedFormat format = FeedFormat::Unknown;
    QString version;
    QString title, link, feedLink, description, image;
    /// How `title` is written; titletext::of() gives the text a person sees.
    TitleMarkup titleMarkup = TitleMarkup::Text;
    QList<ParsedPerson> authors;
    QList<ParsedLink> links;
    QDateTime published, updated;
    QList<ParsedItem> items;
    /// The character encoding the bytes were decoded with (lower-case IANA name).
    QString encoding;
    /// Set when nothing declared the encoding and the bytes were not UTF-8, so `encoding` is a
    /// guess: how sure the detector was, 0-100 (0: no guess was good enough, windows-1252 assumed).
    std::optional<int> encodingConfidence;
    // Refresh hints the scheduler uses:
    std::optional<int> ttlMinutes;
    QString updatePeriod;
    int updateFrequency = 0;
    QList<int> skipHours;
    QStringList skipDays;
    bool partial = false; // an error stopped parsing; items before it were kept
    QString error;        // empty on success; a clear, translatable message otherwise
    bool ok() const { return error.isEmpty(); }
};

/// How to read one document: where it came from (for relative links) and the limits to enforce.
struct ParseOptions
{
    /// The URL the document was fetched from; relative links and xml:base resolve against its
    /// fully encoded form (the form feed addresses are stored in).
    QUrl documentUrl;
    /// The charset parameter of the HTTP Content-Type, if any (it overrides the XML declaration).
    QByteArray httpCharset;
    qint64 maxBytes = 20 * 1024 * 1024;
    int maxDepth = 256;
};

} // namespace freshet

// Every member is relocatable (QString, QList, QDateTime), so QList<ParsedItem> can grow with
// realloc instead of copying 100k items into a second buffer: the peak memory of a big feed.
Q_DECLARE_TYPEINFO(freshet::ParsedPerson, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(freshet::ParsedLink, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(freshet::ParsedEnclosure, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(freshet::ParsedItem, Q_RELOCATABLE_TYPE);

namespace freshet {

/// The lower-case name used in JSON output and logs ("rss", "atom", ...), empty for Unknown.
QString feedFormatName(FeedFormat format);

} // namespace freshet
