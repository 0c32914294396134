// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace freshet {

/// A legacy encoding read from the statistics of the bytes, for documents that name none.
struct CharsetGuess
{
    /// Lower-case name that QStringDecoder knows (e.g. "koi8-r", "shift_jis", "windows-1252").
    QByteArray name;
    /// How sure the detector is, 0-100; only comparable between guesses for the same bytes.
    int confidence = 0;
};

/// Guesses the encoding of a document that declares none and is not UTF-8, with ICU's charset
/// detector (n-gram models of languages for single-byte code pages, valid sequences for CJK).
class CharsetGuesser final
{
public:
    /// Guesses below this are noise: ICU gives 10 to any code page that merely can hold the bytes.
    static constexpr int minimumConfidence = 20;

    /// The likeliest encoding, or nothing when no candidate is confident enough.
    [[nodiscard]] static std::optional<CharsetGuess> guess(QByteArrayView bytes);
};

} // namespace freshet
