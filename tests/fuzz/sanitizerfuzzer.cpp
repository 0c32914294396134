// SPDX-License-Identifier: MIT
// libFuzzer entry point for the article sanitiser, built like the parser's (parserfuzzer.cpp):
// with clang's -fsanitize=fuzzer (FRESHET_FUZZ=ON, `make fuzz-sanitizer`), and with the plain
// replay main() in every test run (tst_fuzz_sanitizer_replay). Besides crashes and leaks it
// stops at the first output that holds anything the article view must not get.
#include "html/htmlsanitizer.h"
#include "sanitisedmarkup.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the options: pictures or not, a column width, a base address.
    const std::uint8_t selector = data[0];
    freshet::SanitizeOptions options;
    options.allowRemoteImages = selector & 1;
    options.maxImageWidth = selector & 2 ? 600 : 0;
    if (selector & 4)
        options.baseUrl = QStringLiteral("https://fuzz.example/dir/item.html");
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QString out = freshet::sanitizeHtml(html, options);
    const QString harm = sanitisedmarkup::harmIn(out, options.allowRemoteImages);
    if (!harm.isEmpty()) {
        std::fprintf(stderr, "sanitised output is not harmless: %s\n", qPrintable(harm));
        std::abort();
    }
    return 0;
}
