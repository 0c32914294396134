// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

/// What one feed entry says, independent of the format it is written in.
struct FeedEntry
{
    QString id; ///< RSS guid (isPermaLink="false") / Atom id
    QString title;
    QString link;
    QString author;
    QString summary; ///< HTML, escaped on output
    QString content; ///< the full article as HTML (RSS content:encoded, Atom content); empty: none
    QDateTime published;
    QString thumbnailUrl;
    QString enclosureUrl;
    QString enclosureType;
    qint64 enclosureLength = 0;
};

/// A whole feed; entries newest first.
struct FeedDocument
{
    QString id;
    QString title;
    QString link;
    QString description;
    QString selfUrl;
    QDateTime updated;
    int ttlMinutes = 0; ///< RSS <ttl>, 0: none
    QList<FeedEntry> entries;
};

/// Serialises feeds with QXmlStreamWriter, so every title and summary is escaped correctly.
namespace FeedWriter {
QByteArray rss(const FeedDocument &feed);
QByteArray atom(const FeedDocument &feed);
} // namespace FeedWriter
