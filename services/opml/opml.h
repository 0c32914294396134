// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace freshet {

/// One subscription in an OPML file; category is the folder path, "/"-separated.
struct OpmlOutline
{
    QString url;
    QString title;
    QString siteLink;
    QString category;
};

struct OpmlDocument
{
    QString title;
    QList<OpmlOutline> feeds;
    /// Every folder's "/"-separated path, those with no feed in them too.
    QStringList folders;
    /// Outlines that looked like feeds but could not be used, each with its reason.
    QStringList problems;
};

/// Reads OPML 1.0/2.0 as people's readers export it: nested outlines become categories,
/// `xmlUrl` makes a feed. Never resolves entities or DTDs. A document that is not OPML, or not
/// well-formed XML, is an error with the line where it broke.
Result<OpmlDocument> readOpml(const QByteArray &bytes);

/// Writes OPML 2.0 with one nested outline per category.
QByteArray writeOpml(const OpmlDocument &document);

} // namespace freshet
