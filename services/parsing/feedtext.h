// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/parsedfeed.h"

#include <QString>
#include <QStringView>

namespace freshet {

/// Small readings shared by every format: author strings, numbers, and the item image choice.
namespace feedtext {

/// Splits the author strings feeds write ("email (Name)", "Name <email>", "Name", "email").
ParsedPerson personFromText(const QString &text);
/// A non-negative byte count, or -1 when the text is not one.
qint64 lengthFromText(QStringView text);
/// The src of the first <img> in an HTML fragment (its character references decoded once), or empty.
QString firstImageSource(QStringView html);
/// Makes the relative URLs of an HTML fragment (href, src and friends) absolute against `base`,
/// as xml:base asks, and escapes what no URL may hold raw (urltext::escapeIllegal) in absolute
/// ones; everything else in the markup is left byte for byte.
QString resolveHtmlUris(const QString &html, const QString &base);
/// Replaces the five predefined XML entities (&lt; &gt; &amp; &quot; &apos;) by their characters.
QString unescapeXml(QString text);
/// Fills item.image when no dedicated element named one: an image enclosure, else the first
/// <img> of the content or summary.
void chooseItemImage(ParsedItem &item, const QString &base);

} // namespace feedtext

} // namespace freshet
