// SPDX-License-Identifier: MIT
// libFuzzer entry point for the search index's reading of markup (storage/searchtext.h), built
// like the others: with -fsanitize=fuzzer (FRESHET_FUZZ=ON, `make fuzz-searchtext`), and with
// the plain replay main() over the hostile HTML of corpus-html/ in every test run
// (tst_fuzz_searchtext_replay). Besides crashes it stops at the first readable text or offset
// map that does not fit the markup it came from: FTS5 would be handed offsets past the text.
#include "storage/searchtext.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

[[noreturn]] void broken(const char *what, std::size_t at)
{
    std::fprintf(stderr, "search text: %s (at %zu)\n", what, at);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view markup(reinterpret_cast<const char *>(data), size);
    freshet::SearchText text;
    if (!freshet::readableText(markup, text)) {
        if (markup.find_first_of("<&") != std::string_view::npos)
            broken("markup left to the tokenizer as it is", 0);
        return 0;
    }
    if (text.readable.size() > markup.size())
        broken("readable text longer than its markup", text.readable.size());
    std::size_t readableAt = 0;
    std::size_t markupAt = 0;
    for (const freshet::SearchTextPiece &piece : text.pieces) {
        // Each piece holds at least one byte of readable text, after the one before.
        if (&piece != &text.pieces.front() && piece.readableStart <= readableAt)
            broken("pieces out of order", piece.readableStart);
        if (piece.markupStart < markupAt || piece.markupStart > piece.markupEnd || piece.markupEnd > markup.size())
            broken("a piece outside its markup", piece.markupStart);
        readableAt = piece.readableStart;
        markupAt = piece.markupEnd;
    }
    if (!text.pieces.empty() && text.pieces.front().readableStart != 0)
        broken("readable text that comes from nowhere", 0);
    for (std::size_t offset = 0; offset <= text.readable.size(); ++offset) {
        const std::size_t start = text.markupOffset(offset, false);
        const std::size_t end = text.markupOffset(offset, true);
        if (start > markup.size() || end > markup.size())
            broken("an offset past the markup", offset);
    }
    return 0;
}
