// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

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
    /// Set when nothing named the encoding and the bytes were not UTF-8: the detector's confidence
    /// in `encoding`, 0-100 (0: it had no good guess and windows-1252 was assumed).
    std::optional<int> guessConfidence;
};

/// Decides how a document is encoded, by the precedence of RFC 7303: a byte-order mark, then the
/// HTTP charset, then the XML declaration, then the shape of the first bytes (UTF-16/32 without a
/// BOM), else UTF-8; bytes that are not UTF-8 then go to CharsetGuesser. Legacy code pages go
/// through QStringDecoder, which Debian's Qt backs with ICU.
class EncodingDetector final
{
public:
    static DecodedDocument decode(QByteArrayView bytes, QByteArrayView httpCharset);
    /// The encoding named in `<?xml ... encoding="..."?>` of an ASCII-compatible document, if any.
    static QByteArray declaredEncoding(QByteArrayView bytes);
};

} // namespace freshet
