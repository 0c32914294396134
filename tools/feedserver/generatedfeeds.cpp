// SPDX-License-Identifier: MIT
#include "generatedfeeds.h"

#include "articletext.h"
#include "feedwriter.h"
#include "queryvalues.h"
#include "splitmix.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace {
// Rendered feeds are cached with their gzip form; past this the cache starts over, which
// only costs a re-render.
constexpr qint64 MaxCacheCost = 256 * 1024 * 1024;
constexpr int MaxItemsPerRequest = 100000;

// Items are dated from a fixed day, an hour apart, so a feed's bytes depend only on
// (feed, newest item): reruns of a benchmark serve identical content.
const QDateTime Epoch(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());

const char *const Words[] = {
    "river",  "lantern", "orchard", "harbour", "meadow",  "signal", "compass", "glacier", "archive", "beacon",
    "canyon", "ember",   "falcon",  "granite", "horizon", "island", "juniper", "kestrel", "lagoon",  "monsoon",
    "nebula", "oasis",   "prairie", "quarry",  "reef",    "summit", "tundra",  "valley",  "willow",  "zephyr",
};
constexpr quint64 WordCount = sizeof(Words) / sizeof(Words[0]);

QString words(quint64 seed, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(QString::fromLatin1(Words[splitmix64(splitmix64(seed) + quint64(i)) % WordCount]));
    return list.join(u' ');
}

QDateTime itemTime(int feed, qint64 index)
{
    return Epoch.addSecs(index * 3600 + (feed % 60) * 60);
}
} // namespace

GeneratedFeeds::GeneratedFeeds(Settings settings)
    : m_settings(settings), m_bumps(settings.feeds, 0), m_editVersions(settings.feeds, 0)
{
    m_clock.start();
}

HttpResponse GeneratedFeeds::handle(const HttpRequest &request)
{
    const QString name = request.path.mid(QStringLiteral("/gen/").size());
    if (name == u"feeds.opml"_s || name == u"urls.txt"_s)
        return serveList(request, name.endsWith(u".opml"_s));

    static const QRegularExpression pattern(u"^([0-9]{1,7})\\.(xml|rss|atom)$"_s);
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return HttpResponse::error(404);
    const int feed = match.captured(1).toInt();
    if (feed >= m_settings.feeds)
        return HttpResponse::error(404);
    return serveFeed(request, feed, match.captured(2) == u"atom"_s ? Format::Atom : Format::Rss);
}

qint64 GeneratedFeeds::newestIndex(int feed, int items) const
{
    const qint64 ticks = m_settings.newItemEverySeconds > 0 ? m_clock.elapsed() / 1000 / m_settings.newItemEverySeconds : 0;
    return items + ticks + m_bumps.at(feed);
}

HttpResponse GeneratedFeeds::serveFeed(const HttpRequest &request, int feed, Format format)
{
    const int items = int(QueryValues::integer(request, u"items"_s, m_settings.items, 0, MaxItemsPerRequest));
    const qint64 enclosureSize = QueryValues::size(request, u"enclosure-size"_s, 0, qint64(1) << 36);
    const qint64 enclosureRate = QueryValues::size(request, u"enclosure-rate"_s, 0, qint64(1) << 40);
    const qint64 newest = newestIndex(feed, items);
    const QString key = u"%1|%2|%3|%4|%5|%6|%7|%8"_s.arg(feed)
                            .arg(int(format))
                            .arg(items)
                            .arg(newest)
                            .arg(enclosureSize)
                            .arg(enclosureSize > 0 ? request.origin : QString())
                            .arg(enclosureRate)
                            .arg(m_editVersions.at(feed));
    auto cached = m_cache.value(key);
    if (!cached) {
        cached = render(feed, format, items, newest, {enclosureSize, enclosureRate}, request.origin);
        if (m_cacheCost + cached->cost() > MaxCacheCost) {
            m_cache.clear();
            m_cacheCost = 0;
        }
        m_cache.insert(key, cached);
        m_cacheCost += cached->cost();
    }
    return serve(request, *cached);
}

std::shared_ptr<const Representation> GeneratedFeeds::render(int feed, Format format, int items, qint64 newest,
                                                             Enclosures enclosures, const QString &origin)
{
    FeedDocument document;
    const QString feedUrl = u"http://gen.freshet.test/feed/%1"_s.arg(feed);
    document.id = u"urn:freshet:gen:%1"_s.arg(feed);
    document.title = u"Generated feed %1: %2"_s.arg(feed).arg(words(quint64(feed) << 32, 2));
    document.link = feedUrl;
    document.description = u"Deterministic test feed %1 of the Freshet feed server."_s.arg(feed);
    document.updated = itemTime(feed, newest);
    for (qint64 index = newest; index > newest - items && index >= 1; --index) {
        const quint64 seed = (quint64(feed) << 32) ^ quint64(index);
        FeedEntry entry;
        entry.id = u"urn:freshet:gen:%1:%2"_s.arg(feed).arg(index);
        entry.title = u"Item %1 of feed %2: %3"_s.arg(index).arg(feed).arg(words(seed, 4));
        entry.link = feedUrl + u"/item/"_s + QString::number(index);
        entry.author = u"author%1@gen.freshet.test (%2)"_s.arg(splitmix64(seed) % 7).arg(words(seed + 99, 1));
        entry.published = itemTime(feed, index);
        if (const auto edited = m_edits.constFind({feed, index}); edited != m_edits.cend()) {
            entry.title += u" (edit %1)"_s.arg(edited->times);
            if (edited->redated)
                entry.published = QDateTime::fromMSecsSinceEpoch(edited->editedAtMs, Qt::UTC);
            // A client asking If-Modified-Since must get the edit, not a 304.
            document.updated = std::max(document.updated, QDateTime::fromMSecsSinceEpoch(edited->editedAtMs, Qt::UTC));
        }
        entry.summary = u"<p>Item <b>%1</b> of feed %2 is about the %3.</p><p>%4 &amp; %5.</p>"_s.arg(index).arg(feed).arg(
            words(seed + 7, 3), words(seed + 13, 8), words(seed + 21, 6));
        if (const auto edited = m_edits.constFind({feed, index}); edited != m_edits.cend())
            entry.summary += u"<p>Edited %1 time(s).</p>"_s.arg(edited->times);
        entry.content = ArticleText::html(seed, m_settings.contentBytes);
        if (enclosures.size > 0) {
            entry.enclosureUrl = u"%1/large/%2.bin?seed=%3"_s.arg(origin).arg(enclosures.size).arg(seed);
            if (enclosures.rate > 0)
                entry.enclosureUrl += u"&rate=%1"_s.arg(enclosures.rate);
            entry.enclosureType = u"application/octet-stream"_s;
            entry.enclosureLength = enclosures.size;
        }
        document.entries.append(entry);
    }
    if (format == Format::Atom)
        return Representation::make("application/atom+xml", FeedWriter::atom(document), document.updated);
    return Representation::make("application/rss+xml", FeedWriter::rss(document), document.updated);
}

HttpResponse GeneratedFeeds::serveList(const HttpRequest &request, bool opml) const
{
    // Every generated feed at once: `freshet import` takes the OPML, curl --parallel the list.
    const QString format = request.queryValue(u"format"_s) == u"atom"_s ? u"atom"_s : u"xml"_s;
    QByteArray out;
    if (!opml) {
        for (int feed = 0; feed < m_settings.feeds; ++feed)
            out += (request.origin + u"/gen/%1.%2\n"_s.arg(feed).arg(format)).toUtf8();
        return HttpResponse::text(200, out);
    }
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"opml"_s);
    xml.writeAttribute(u"version"_s, u"2.0"_s);
    xml.writeStartElement(u"head"_s);
    xml.writeTextElement(u"title"_s, u"Generated feeds"_s);
    xml.writeEndElement();
    xml.writeStartElement(u"body"_s);
    for (int feed = 0; feed < m_settings.feeds; ++feed) {
        xml.writeEmptyElement(u"outline"_s);
        xml.writeAttribute(u"type"_s, u"rss"_s);
        xml.writeAttribute(u"text"_s, u"Generated feed %1"_s.arg(feed));
        xml.writeAttribute(u"xmlUrl"_s, request.origin + u"/gen/%1.%2"_s.arg(feed).arg(format));
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return HttpResponse::bytes(200, "text/x-opml; charset=utf-8", out);
}

bool GeneratedFeeds::edit(int feed, qint64 item, bool redate)
{
    if (feed < 0 || feed >= m_settings.feeds || item < 1)
        return false;
    Edit &edited = m_edits[{feed, item}];
    ++edited.times;
    edited.editedAtMs = QDateTime::currentMSecsSinceEpoch();
    edited.redated = edited.redated || redate;
    ++m_editVersions[feed];
    return true;
}

std::optional<QList<int>> GeneratedFeeds::bump(const QString &feedSpec, const QString &feedsSpec, int count)
{
    QList<int> chosen;
    const int total = m_settings.feeds;
    if (!feedSpec.isEmpty()) {
        bool ok = false;
        const int feed = feedSpec.toInt(&ok);
        if (!ok || feed < 0 || feed >= total)
            return std::nullopt;
        chosen.append(feed);
    } else {
        QString spec = feedsSpec.trimmed();
        const bool share = spec.endsWith(u'%');
        if (share)
            spec.chop(1);
        bool ok = false;
        const double value = spec.toDouble(&ok);
        if (!ok || value < 0 || (share && value > 100) || (!share && value > total))
            return std::nullopt;
        const int wanted = share ? int(qRound64(total * value / 100.0)) : int(value);
        // Evenly spread (0, 10, 20, … for 10% of 100) so "10% changed" is not "the first 10%".
        for (int k = 0; k < wanted; ++k)
            chosen.append(int(qint64(k) * total / wanted));
    }
    for (int feed : std::as_const(chosen))
        m_bumps[feed] += count;
    return chosen;
}
