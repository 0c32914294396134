// SPDX-License-Identifier: MIT
#include "parsing/htmlentities.h"

#include <QLatin1StringView>

#include <array>

namespace freshet {

namespace {

// The ISO 8859-1 block, U+00A0..U+00FF, in code point order: the index is the offset.
constexpr std::array<const char *, 96> latin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",   "ordf",   "laquo",
    "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",  "para",   "middot",
    "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",
    "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",
    "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute",
    "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

struct Named
{
    const char *name;
    char32_t character;
};

// Punctuation and symbols that turn up in feed text outside the Latin-1 block.
constexpr std::array<Named, 33> otherNames = {{
    {"quot", 0x22},     {"amp", 0x26},      {"apos", 0x27},    {"lt", 0x3C},       {"gt", 0x3E},       {"OElig", 0x152},
    {"oelig", 0x153},   {"Scaron", 0x160},  {"scaron", 0x161}, {"Yuml", 0x178},    {"fnof", 0x192},    {"circ", 0x2C6},
    {"tilde", 0x2DC},   {"ensp", 0x2002},   {"emsp", 0x2003},  {"thinsp", 0x2009}, {"ndash", 0x2013},  {"mdash", 0x2014},
    {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A}, {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},
    {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},  {"hellip", 0x2026}, {"permil", 0x2030}, {"lsaquo", 0x2039},
    {"rsaquo", 0x203A}, {"euro", 0x20AC},   {"trade", 0x2122},
}};

} // namespace

char32_t htmlEntityCharacter(QStringView name)
{
    for (std::size_t i = 0; i < latin1Names.size(); ++i) {
        if (name == QLatin1StringView(latin1Names[i]))
            return char32_t(0xA0 + i);
    }
    for (const Named &entry : otherNames) {
        if (name == QLatin1StringView(entry.name))
            return entry.character;
    }
    return 0;
}

qsizetype htmlReferenceAt(QStringView text, qsizetype from, char32_t &character)
{
    // The longest name we know is 6 characters and no code point needs more than 8 digits:
    // a far-away ';' belongs to something else.
    const qsizetype semicolon = text.indexOf(u';', from + 1);
    if (from >= text.size() || text[from] != u'&' || semicolon < 0 || semicolon - from > 12)
        return 0;
    const QStringView body = text.sliced(from + 1, semicolon - from - 1);
    if (!body.startsWith(u'#')) {
        character = htmlEntityCharacter(body);
        return character == 0 ? 0 : semicolon - from + 1;
    }
    const bool hex = body.size() > 1 && (body[1] == u'x' || body[1] == u'X');
    const QStringView digits = body.sliced(hex ? 2 : 1);
    bool ok = !digits.isEmpty() && digits[0] != u'+' && digits[0] != u'-';
    const qulonglong value = ok ? digits.toULongLong(&ok, hex ? 16 : 10) : 0;
    if (!ok)
        return 0;
    const bool usable = value != 0 && value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF);
    character = usable ? char32_t(value) : char32_t(0xFFFD);
    return semicolon - from + 1;
}

QString decodeHtmlReferences(QStringView text)
{
    qsizetype i = text.indexOf(u'&');
    if (i < 0)
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    for (; i >= 0; i = text.indexOf(u'&', i + 1)) {
        char32_t character = 0;
        const qsizetype length = htmlReferenceAt(text, i, character);
        if (length == 0)
            continue;
        out += text.sliced(copied, i - copied);
        out += QString::fromUcs4(&character, 1);
        copied = i + length;
        i = copied - 1;
    }
    out += text.sliced(copied);
    return out;
}

} // namespace freshet
