#pragma once

#include "parsing/parsedfeed.h"

#include <QString>
#include <QStringView>
#include <QUrl>

namespace freshet {

/// Small readings shared by every format: author strings, numbers, and the item image choice.
namespace feedtext {

/// Splits the author strings feeds write ("email (Name)", "Name <email>", "Name", "email").
ParsedPerson personFromText(const QString &text);
/// A non-negative byte count, or -1 when the text is not one.
qint64 lengthFromText(QStringView text);
/// The src of the first <img> in an HTML fragment (entity-decoded), or empty.
QString firstImageSource(QStringView html);
/// Makes the relative URLs of an HTML fragment (href, src and friends) absolute against `base`,
/// as xml:base asks; everything else in the markup is left byte for byte.
QString resolveHtmlUris(const QString &html, const QUrl &base);

/// True for the common absolute http(s) reference, which needs no QUrl parse to resolve: it
/// resolves to itself. Anything else takes the full path.
inline bool isPlainAbsoluteHttp(QStringView reference)
{
    return reference.startsWith(u"https://") || reference.startsWith(u"http://");
}
/// Replaces the five predefined XML entities (&lt; &gt; &amp; &quot; &apos;) by their characters.
QString unescapeXml(QString text);
/// Fills item.image when no dedicated element named one: an image enclosure, else the first
/// <img> of the content or summary.
void chooseItemImage(ParsedItem &item, const QUrl &base);

} // namespace feedtext

} // namespace freshet
