// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace freshet {

/// A stretch of the readable text and where it came from in the markup: copied text has as
/// many bytes in both, a decoded character reference fewer or more, a tag's word break none.
struct SearchTextPiece
{
    std::size_t readableStart = 0;
    std::size_t markupStart = 0;
    std::size_t markupEnd = 0;
};

/// What a reader of an item's HTML sees, as the search index is to read it: the words, without
/// tags, attribute values, comments, scripts and styles, and with character references decoded.
/// Indexed as written, every article matched "href", "https", "strong" and "amp".
struct SearchText
{
    std::string readable;
    std::vector<SearchTextPiece> pieces;

    /// Where a byte offset of `readable` falls in the markup, for a word's start (`end` false)
    /// or its end (`end` true): highlighting a word marks the markup that shows it.
    std::size_t markupOffset(std::size_t readableOffset, bool end) const;
};

/// Fills `out` from the UTF-8 `markup` and returns true; returns false, leaving `out` as it is,
/// when there is nothing to take out (no '<' or '&'): the text is then its own readable form.
/// A '<' that opens no tag (a title's "x < y", "a<b" with no '>' after it) is text, as is an
/// '&' that starts no known reference ("AT&T"). Linear in the input whatever it holds.
bool readableText(std::string_view markup, SearchText &out);

} // namespace freshet
