// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace freshet {

/// The document as the XML reader should see it, after the encoding was decided.
struct DecodedDocument
{
    /// True when `utf8` holds the bytes to read (UTF-8, BOM removed); false when `text` does.
    bool isUtf8 = true;
    QByteArray utf8;
    QString text;
    /// Lower-case name of the encoding used (e.g. "utf-8", "utf-16le", "windows-1252").
    QString encoding;
    /// Set when the bytes could not be decoded faithfully; the text is still the best reading.
    QString problem;
};

/// Decides how a document is encoded, by the precedence of RFC 7303: a byte-order mark, then the
/// HTTP charset, then the XML declaration, then the shape of the first bytes (UTF-16/32 without a
/// BOM), else UTF-8. Legacy code pages go through QStringDecoder, which Debian's Qt backs with ICU.
class EncodingDetector final
{
public:
    static DecodedDocument decode(QByteArrayView bytes, QByteArrayView httpCharset);
    /// The encoding named in `<?xml ... encoding="..."?>` of an ASCII-compatible document, if any.
    static QByteArray declaredEncoding(QByteArrayView bytes);
};

} // namespace freshet
