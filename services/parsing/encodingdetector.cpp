// SPDX-License-Identifier: MIT
#include "parsing/encodingdetector.h"

#include "parsing/charsetguesser.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

struct Sniffed
{
    const char *name = nullptr;
    int bomLength = 0;
};

/// Byte-order marks first, then the UTF-16/32 patterns of "<?" or "<" from XML 1.0 appendix F.
Sniffed sniff(QByteArrayView b)
{
    const auto at = [&b](qsizetype i) { return i < b.size() ? uchar(b[i]) : 0x100; };
    if (at(0) == 0x00 && at(1) == 0x00 && at(2) == 0xFE && at(3) == 0xFF)
        return {"utf-32be", 4};
    if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0x00 && at(3) == 0x00)
        return {"utf-32le", 4};
    if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF)
        return {"utf-8", 3};
    if (at(0) == 0xFE && at(1) == 0xFF)
        return {"utf-16be", 2};
    if (at(0) == 0xFF && at(1) == 0xFE)
        return {"utf-16le", 2};
    if (at(0) == 0x00 && at(1) == 0x00 && at(2) == 0x00 && at(3) == '<')
        return {"utf-32be", 0};
    if (at(0) == '<' && at(1) == 0x00 && at(2) == 0x00 && at(3) == 0x00)
        return {"utf-32le", 0};
    if (at(0) == 0x00 && at(1) == '<')
        return {"utf-16be", 0};
    if (at(0) == '<' && at(1) == 0x00)
        return {"utf-16le", 0};
    // Whitespace before the first tag, in UTF-16 without a BOM.
    if (at(0) == 0x00 && (at(1) == ' ' || at(1) == '\n' || at(1) == '\r' || at(1) == '\t'))
        return {"utf-16be", 0};
    return {};
}

bool isUtf8Name(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    return lower == "utf-8" || lower == "utf8";
}

QByteArray normalisedName(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().trimmed().toLower();
    // Latin-1 is kept as named (its C1 range is repaired later, see XmlCursor); the other
    // spellings of "plain Western" mean windows-1252 in practice, as WHATWG decided for browsers.
    if (lower == "latin1" || lower == "latin-1" || lower == "us-ascii" || lower == "ascii")
        return QByteArrayLiteral("windows-1252");
    return lower;
}

/// Bytes above 0x7F that are not valid UTF-8: the sign of an undeclared legacy encoding.
bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // Decoding only to learn validity is cheap next to the XML parse, and only runs when a
    // non-ASCII byte exists.
    for (const char c : bytes) {
        if (uchar(c) >= 0x80) {
            const QString ignored = decoder.decode(bytes);
            return !decoder.hasError();
        }
    }
    return true;
}

/// No declaration and not UTF-8: the document is in some legacy code page. Read it as the
/// detector guesses, else as windows-1252, the most common one, and say so either way: the
/// result may be mojibake.
DecodedDocument decodeUndeclared(QByteArrayView body)
{
    const std::optional<CharsetGuess> guess = CharsetGuesser::guess(body);
    const QByteArray name = guess ? guess->name : QByteArrayLiteral("windows-1252");
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    DecodedDocument doc;
    doc.isUtf8 = false;
    doc.text = decoder.decode(body);
    doc.encoding = QString::fromLatin1(name);
    doc.guessConfidence = guess ? guess->confidence : 0;
    doc.problem = guess ? QCoreApplication::translate("FeedParser", "The document does not declare its encoding and is not valid UTF-8; it was read as %1, which its bytes suggest.")
                              .arg(doc.encoding)
                        : QCoreApplication::translate("FeedParser", "The document does not declare its encoding and is not valid UTF-8.");
    return doc;
}

} // namespace

QByteArray EncodingDetector::declaredEncoding(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(qMin<qsizetype>(bytes.size(), 512));
    if (!head.startsWith("<?xml"))
        return {};
    const qsizetype close = head.indexOf("?>");
    const QByteArrayView decl = head.first(close < 0 ? head.size() : close);
    const qsizetype key = decl.indexOf("encoding");
    if (key < 0)
        return {};
    qsizetype pos = key + 8;
    while (pos < decl.size() && (decl[pos] == ' ' || decl[pos] == '=' || decl[pos] == '\t'))
        ++pos;
    if (pos >= decl.size() || (decl[pos] != '"' && decl[pos] != '\''))
        return {};
    const char quote = decl[pos++];
    const qsizetype end = decl.indexOf(quote, pos);
    if (end < 0)
        return {};
    return decl.sliced(pos, end - pos).toByteArray();
}

DecodedDocument EncodingDetector::decode(QByteArrayView bytes, QByteArrayView httpCharset)
{
    DecodedDocument doc;
    const Sniffed sniffed = sniff(bytes);
    QByteArray name;
    qsizetype skip = 0;
    bool guessed = false;
    if (sniffed.name && sniffed.bomLength > 0) {
        name = sniffed.name;
        skip = sniffed.bomLength;
    } else if (!httpCharset.trimmed().isEmpty()) {
        name = normalisedName(httpCharset);
        if ((name == "utf-16" || name == "utf-32") && sniffed.name)
            name = sniffed.name;
    } else if (sniffed.name) {
        name = sniffed.name;
    } else if (const QByteArray declared = declaredEncoding(bytes); !declared.isEmpty()) {
        name = normalisedName(declared);
        // A declaration of UTF-16 on an ASCII-shaped document is a lie the document's own bytes
        // contradict; read it as UTF-8, as browsers do.
        if (name.startsWith("utf-16") || name.startsWith("utf-32"))
            name = "utf-8";
    } else {
        name = "utf-8";
        guessed = true;
    }

    const QByteArrayView body = bytes.sliced(skip);
    if (isUtf8Name(name)) {
        if (guessed && !isValidUtf8(body))
            return decodeUndeclared(body);
        doc.encoding = u"utf-8"_s;
        const QByteArray declared = declaredEncoding(body);
        if (declared.isEmpty() || isUtf8Name(declared)) {
            doc.utf8 = QByteArray::fromRawData(body.data(), body.size());
            return doc;
        }
        // The declaration names another encoding, which QXmlStreamReader would obey: hand it
        // decoded text instead, which it reads as is.
        QStringDecoder utf8(QStringDecoder::Utf8);
        doc.isUtf8 = false;
        doc.text = utf8.decode(body);
        if (utf8.hasError())
            doc.problem = QCoreApplication::translate("FeedParser", "The document contains bytes that are not valid %1.").arg(doc.encoding);
        return doc;
    }
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        // An encoding we cannot decode: read as UTF-8 (most such documents are) and report it.
        QStringDecoder utf8(QStringDecoder::Utf8);
        doc.isUtf8 = false;
        doc.text = utf8.decode(body);
        doc.encoding = u"utf-8"_s;
        doc.problem = QCoreApplication::translate("FeedParser", "The document declares an unknown encoding (%1).").arg(QString::fromLatin1(name));
        return doc;
    }
    doc.isUtf8 = false;
    doc.text = decoder.decode(body);
    doc.encoding = QString::fromLatin1(name);
    if (decoder.hasError())
        doc.problem = QCoreApplication::translate("FeedParser", "The document contains bytes that are not valid %1.").arg(doc.encoding);
    return doc;
}

} // namespace freshet
