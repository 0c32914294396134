// SPDX-License-Identifier: MIT
// ICU's ucsdet rather than uchardet: Debian 12's uchardet (0.0.7) gives no confidence, which
// `freshet parse --json` reports and the threshold needs. On feedparser's eight illformed-chardet
// cases they name the encoding as chardet does about as often (ICU 5, uchardet 6: it knows Thai
// and windows-1255, but calls EUC-KR "UHC"), and ICU is the copy Qt loads anyway.
#include "parsing/charsetguesser.h"

#include <QStringDecoder>

#include <memory>
#include <unicode/ucsdet.h>

namespace freshet {

namespace {

struct DetectorCloser
{
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};

/// ICU's single-byte models read only the first 8 KB of text, and a feed's first kilobytes are
/// often ASCII markup: start after the tag just before the first non-ASCII byte. 64 KB is plenty
/// of text, and spares the multi-byte models a scan of a 20 MB document.
QByteArrayView sample(QByteArrayView bytes)
{
    constexpr qsizetype sampleLength = 64 * 1024;
    qsizetype start = 0;
    while (start < bytes.size() && uchar(bytes[start]) < 0x80)
        ++start;
    start = bytes.first(start).lastIndexOf('>') + 1;
    return bytes.sliced(start, qMin(sampleLength, bytes.size() - start));
}

/// ICU's multi-byte models forgive some invalid sequences, so text in a code page ICU has no
/// model for (Thai TIS-620) can come out as, say, EUC-KR: a guess must at least decode.
bool decodesCleanly(const QByteArray &name, QByteArrayView text)
{
    // Not stateless: a character cut at the end of the sample is no error.
    QStringDecoder decoder(name.constData());
    const QString ignored = decoder.decode(text);
    return !decoder.hasError();
}

/// The name QStringDecoder should be given for ICU's name, or nothing for names we never use.
std::optional<QByteArray> decoderName(const char *icuName)
{
    const QByteArray name = QByteArray(icuName).toLower();
    // The bytes are known not to be UTF-8, carry no byte-order mark and start with ASCII markup,
    // which rules out every Unicode form (and EBCDIC, which QStringDecoder does not know anyway).
    if (name.startsWith("utf-"))
        return std::nullopt;
    // ICU says ISO-8859-1 when no C1 bytes occur, where windows-1252 reads the same; keep the
    // name the old fallback and the browsers use.
    if (name == "iso-8859-1")
        return QByteArrayLiteral("windows-1252");
    if (!QStringDecoder(name.constData()).isValid())
        return std::nullopt;
    return name;
}

} // namespace

std::optional<CharsetGuess> CharsetGuesser::guess(QByteArrayView bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return std::nullopt;
    // Reading only the text between tags keeps element names out of the language statistics.
    ucsdet_enableInputFilter(detector.get(), true);
    const QByteArrayView text = sample(bytes);
    ucsdet_setText(detector.get(), text.data(), int32_t(text.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    // Best first, as ICU sorts them.
    for (int32_t i = 0; i < count; ++i) {
        const int confidence = ucsdet_getConfidence(matches[i], &status);
        if (U_FAILURE(status) || confidence < minimumConfidence)
            return std::nullopt;
        const std::optional<QByteArray> name = decoderName(ucsdet_getName(matches[i], &status));
        if (name && U_SUCCESS(status) && decodesCleanly(*name, text))
            return CharsetGuess{*name, confidence};
    }
    return std::nullopt;
}

} // namespace freshet
