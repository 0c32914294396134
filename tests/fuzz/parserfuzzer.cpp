// SPDX-License-Identifier: MIT
// libFuzzer entry point for FeedParser. Built two ways: with clang's -fsanitize=fuzzer for real
// fuzzing (FRESHET_FUZZ=ON, `make fuzz`), and with a plain main() that replays the seed corpus
// in every test run (tst_fuzz_replay).
#include "parsing/feedjson.h"
#include "parsing/feedparser.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the options, so the fuzzer explores the HTTP charset override and
    // URL resolution as well as the document itself.
    const std::uint8_t selector = data[0];
    const QByteArrayView document(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    freshet::ParseOptions options;
    options.maxBytes = 1024 * 1024;
    options.maxDepth = 64;
    if (selector & 1)
        options.documentUrl = QUrl(QStringLiteral("https://fuzz.example/dir/feed.xml"));
    switch ((selector >> 1) & 3) {
    case 1: options.httpCharset = "utf-16"; break;
    case 2: options.httpCharset = "windows-1251"; break;
    case 3: options.httpCharset = "bogus-charset"; break;
    default: break;
    }
    const freshet::ParsedFeed feed = freshet::FeedParser::parse(document, options);
    // Exercise the JSON writer too: it walks every field the parser filled.
    const QJsonObject json = freshet::FeedJson::toJson(feed);
    return json.isEmpty() ? 1 : 0;
}
