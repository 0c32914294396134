// SPDX-License-Identifier: MIT
#include "searchtext.h"

#include "parsing/htmlentities.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <array>

namespace freshet {

namespace {

constexpr std::size_t none = std::string_view::npos;

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool equalsAsciiLower(std::string_view text, std::string_view lower)
{
    return text.size() == lower.size()
           && std::equal(text.begin(), text.end(), lower.begin(), [](char a, char b) { return asciiLower(a) == b; });
}

/// Elements inside a word as often as between words ("<b>W</b>ord" reads "Word"): they
/// separate nothing. Every other tag is a word break.
bool isPhrasingElement(std::string_view name)
{
    static constexpr std::string_view phrasing[] = {
        "a", "abbr", "b",  "bdi",  "bdo", "cite", "code",  "data", "del",    "dfn",    "em",  "font", "i",  "ins", "kbd", "mark",
        "q", "rp",   "rt", "ruby", "s",   "samp", "small", "span", "strike", "strong", "sub", "sup",  "tt", "u",   "var", "wbr",
    };
    return std::any_of(std::begin(phrasing), std::end(phrasing),
                       [name](std::string_view known) { return equalsAsciiLower(name, known); });
}

/// Elements whose content is not text a reader sees.
bool isRawTextElement(std::string_view name)
{
    return equalsAsciiLower(name, "script") || equalsAsciiLower(name, "style");
}

std::size_t findAsciiCaseless(std::string_view text, std::string_view lower, std::size_t from)
{
    for (std::size_t at = text.find('<', from); at != none; at = text.find('<', at + 1)) {
        if (at + lower.size() <= text.size() && equalsAsciiLower(text.substr(at, lower.size()), lower))
            return at;
    }
    return none;
}

/// The length of the character reference at `at` (0 if none) and its character. References
/// are ASCII and short, so the few bytes up to the first other one are widened for the one
/// decoder feeds already use.
std::size_t referenceAt(std::string_view markup, std::size_t at, char32_t &character)
{
    constexpr std::size_t longest = 14;
    std::array<char16_t, longest> wide{};
    std::size_t length = 0;
    for (; length < longest && at + length < markup.size(); ++length) {
        const auto byte = static_cast<unsigned char>(markup[at + length]);
        if (byte >= 0x80)
            break;
        wide[length] = char16_t(byte);
    }
    return std::size_t(htmlReferenceAt(QStringView(wide.data(), qsizetype(length)), 0, character));
}

/// One past the first `c` at or after `from`, or none.
std::size_t pastNext(std::string_view text, char c, std::size_t from)
{
    const std::size_t found = text.find(c, from);
    return found == none ? none : found + 1;
}

struct Tag
{
    std::size_t end = none; ///< one past its '>'; none: the '<' opens no tag
    std::string_view name;  ///< empty for comments, declarations and processing instructions
    bool closing = false;
    bool selfClosing = false;
};

/// The tag that starts at markup[at] == '<'. `lastGreater` (the last '>' in the markup) keeps a
/// run of '<' with no '>' after them from scanning to the end once each.
Tag tagAt(std::string_view markup, std::size_t at, std::size_t lastGreater)
{
    Tag tag;
    if (lastGreater == none || at > lastGreater || at + 1 >= markup.size())
        return tag;
    const char next = markup[at + 1];
    if (next == '!' || next == '?') {
        if (markup.substr(at, 4) == "<!--") {
            const std::size_t close = markup.find("-->", at + 4);
            if (close != none)
                tag.end = close + 3;
            return tag;
        }
        tag.end = pastNext(markup, '>', at + 2);
        return tag;
    }
    std::size_t nameStart = at + 1;
    if (next == '/') {
        tag.closing = true;
        ++nameStart;
    }
    if (nameStart >= markup.size() || !isAsciiLetter(markup[nameStart]))
        return tag;
    std::size_t nameEnd = nameStart;
    while (nameEnd < markup.size() && !isSpace(markup[nameEnd]) && markup[nameEnd] != '/' && markup[nameEnd] != '>')
        ++nameEnd;
    tag.name = markup.substr(nameStart, nameEnd - nameStart);
    // A quote opens a value only after '=': an apostrophe elsewhere (<a title=don't>) is text.
    bool afterEquals = false;
    for (std::size_t i = nameEnd; i < markup.size(); ++i) {
        const char c = markup[i];
        if (c == '>') {
            tag.selfClosing = i > nameEnd && markup[i - 1] == '/';
            tag.end = i + 1;
            return tag;
        }
        if (c == '=') {
            afterEquals = true;
        } else if (afterEquals && (c == '"' || c == '\'')) {
            const std::size_t closeQuote = markup.find(c, i + 1);
            // An unclosed quote: the first '>' ends the tag, as nothing else could.
            if (closeQuote == none)
                break;
            i = closeQuote;
            afterEquals = false;
        } else if (!isSpace(c)) {
            afterEquals = false;
        }
    }
    tag.end = pastNext(markup, '>', nameEnd);
    return tag;
}

} // namespace

std::size_t SearchText::markupOffset(std::size_t readableOffset, bool end) const
{
    // The last piece starting at or before the offset (before it, for an end: a word ending
    // where a piece starts belongs to the piece before).
    auto after = end ? std::lower_bound(pieces.begin(), pieces.end(), readableOffset,
                                        [](const SearchTextPiece &piece, std::size_t offset) { return piece.readableStart < offset; })
                     : std::upper_bound(pieces.begin(), pieces.end(), readableOffset,
                                        [](std::size_t offset, const SearchTextPiece &piece) { return offset < piece.readableStart; });
    if (after == pieces.begin())
        return pieces.empty() ? readableOffset : pieces.front().markupStart;
    const SearchTextPiece &piece = *std::prev(after);
    const std::size_t readableLength = (after == pieces.end() ? readable.size() : after->readableStart) - piece.readableStart;
    const std::size_t into = readableOffset - piece.readableStart;
    if (into >= readableLength)
        return piece.markupEnd;
    if (piece.markupEnd - piece.markupStart == readableLength)
        return piece.markupStart + into;
    // Inside a decoded reference's character: the whole reference shows it.
    return end ? piece.markupEnd : piece.markupStart;
}

bool readableText(std::string_view markup, SearchText &out)
{
    std::size_t at = markup.find_first_of("<&");
    if (at == none)
        return false;
    out.readable.clear();
    out.pieces.clear();
    const std::size_t lastGreater = markup.rfind('>');
    std::size_t copiedFrom = 0;
    const auto copyUpTo = [&](std::size_t end) {
        if (end > copiedFrom) {
            out.pieces.push_back({out.readable.size(), copiedFrom, end});
            out.readable.append(markup.substr(copiedFrom, end - copiedFrom));
        }
    };
    const auto wordBreak = [&](std::size_t where) {
        if (!out.readable.empty() && out.readable.back() != ' ') {
            out.pieces.push_back({out.readable.size(), where, where});
            out.readable += ' ';
        }
    };
    while (at != none) {
        if (markup[at] == '&') {
            char32_t character = 0;
            if (const std::size_t length = referenceAt(markup, at, character); length > 0) {
                copyUpTo(at);
                out.pieces.push_back({out.readable.size(), at, at + length});
                const QByteArray utf8 = QString::fromUcs4(&character, 1).toUtf8();
                out.readable.append(utf8.constData(), std::size_t(utf8.size()));
                copiedFrom = at + length;
                at = markup.find_first_of("<&", copiedFrom);
                continue;
            }
            at = markup.find_first_of("<&", at + 1);
            continue;
        }
        const Tag tag = tagAt(markup, at, lastGreater);
        if (tag.end == none) {
            at = markup.find_first_of("<&", at + 1);
            continue;
        }
        copyUpTo(at);
        std::size_t end = tag.end;
        if (!tag.closing && !tag.selfClosing && isRawTextElement(tag.name)) {
            // Up to its end tag; a script never closed hides the rest, as it does in a browser.
            const std::string_view closer = equalsAsciiLower(tag.name, "script") ? "</script" : "</style";
            const std::size_t close = findAsciiCaseless(markup, closer, end);
            end = close == none ? none : tagAt(markup, close, lastGreater).end;
            if (end == none)
                end = markup.size();
        }
        if (tag.name.empty() || !isPhrasingElement(tag.name))
            wordBreak(at);
        copiedFrom = end;
        at = end < markup.size() ? markup.find_first_of("<&", end) : none;
    }
    copyUpTo(markup.size());
    return true;
}

} // namespace freshet
