#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace freshet {

enum class FeedFormat { Unknown, Rss, Rdf, Atom, Json, Photos };

struct ParsedPerson
{
    QString name;
    QString email;
    QString uri;
};

struct ParsedEnclosure
{
    QString url;
    QString type;
    qint64 length = -1;
};

/// One item or entry of a feed, as the document says it; dates in UTC, invalid when absent.
struct ParsedItem
{
    QString id;
    QString title;
    QString link;
    QString summary;
    QString content;
    QString image;
    QList<ParsedPerson> authors;
    QDateTime published;
    QDateTime updated;
    QList<ParsedEnclosure> enclosures;
    QString durationText;
};

/// What FeedParser makes of a document: the feed, its items, the refresh hints the scheduler
/// uses, and an error (with partial set when items before the break were kept).
struct ParsedFeed
{
    FeedFormat format = FeedFormat::Unknown;
    QString version;
    QString title;
    QString link;
    QString feedLink;
    QString description;
    QString image;
    QList<ParsedPerson> authors;
    QDateTime published;
    QDateTime updated;
    QList<ParsedItem> items;

    std::optional<int> ttlMinutes;
    QString updatePeriod;
    int updateFrequency = 0;
    QList<int> skipHours;
    QStringList skipDays;

    bool partial = false;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

} // namespace freshet
