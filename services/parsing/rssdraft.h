// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/parsedfeed.h"

namespace freshet {

/// An RSS/RDF item while it is being read: the values that compete for the same field (pubDate
/// and dc:date, author and dc:creator, ...) are kept apart until the item ends, so document
/// order never decides precedence.
struct RssItemDraft
{
    ParsedItem item;
    QString pubDate, dcDate, dcModified, dcIssued, atomUpdated, atomPublished;
    QString author, itunesAuthor;
    QStringList dcCreators;
    QString guid, guidLink, linkText, linkHref, atomAlternate;
    QString dcTitle, dcDescription, itunesSummary, mediaThumbnail, mediaContentImage, itunesImage;
    QString secondText, atomContent;
    ParsedPerson atomAuthor;
};

/// The channel-level counterpart of RssItemDraft.
struct RssChannelDraft
{
    QString pubDate, lastBuildDate, dcDate, dcModified, dcIssued, atomUpdated;
    QString managingEditor, webMaster, author, itunesAuthor;
    QStringList dcCreators;
    QString linkText, linkHref, atomAlternate, imageUrl, itunesImage, mediaThumbnail, dcTitle, dcDescription, itunesSummary;
};

} // namespace freshet
