// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace freshet {

/// Addresses handled as the text they are written in. QUrl normalises what it parses: printed
/// pretty it decodes %20 and %C3%A9, it turns punycode hosts into Unicode (and FullyEncoded turns
/// Unicode into punycode), it decodes %7e. A link a feed wrote must come out as the feed wrote
/// it, so relative references are resolved here on the text itself.
namespace urltext {

/// True when `reference` starts with a scheme ("http:", "mailto:"): it is absolute and resolves to itself.
bool hasScheme(QStringView reference);

/// `reference` resolved against `base` as RFC 3986 section 5.2 says (IRIs alike, RFC 3987). Every
/// character of the result comes from `reference` or `base` as written: percent escapes are never
/// decoded or re-cased, non-ASCII text and hosts stay as they are. An absolute reference is kept
/// whole; an empty `base` leaves the reference as it is. The result then goes through
/// escapeIllegal(), so it is always a usable address.
QString resolved(QStringView base, QStringView reference);

/// `text` with the characters no URI or IRI may hold raw percent-encoded (UTF-8): spaces and other
/// controls, " < > \ ^ ` { | }, and a '%' that starts no escape. Everything else is kept as written.
/// Returns `text` itself (no copy) when nothing needs escaping, as for nearly every address.
QString escapeIllegal(const QString &text);

} // namespace urltext

} // namespace freshet
