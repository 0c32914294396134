// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace freshet {

/// Limits on what the HTML parser is handed.
struct MarkupBounds
{
    /// Elements open inside each other; deeper start tags are left out (their content stays).
    int maxDepth = 128;
    /// Attributes on one tag; the ones after are left out.
    int maxAttributes = 64;
};

/// `html` (UTF-8) with start tags past `bounds.maxDepth` and attributes past
/// `bounds.maxAttributes` left out, everything else byte for byte. Gumbo walks its stack of
/// open elements for nearly every tag and compares each attribute with every earlier one on
/// its tag, so 10 MB of nested tags or 100k attributes would take it minutes; bounded, one
/// pass is linear. The scan follows the HTML tokenizer (tags, attributes, comments, raw text)
/// but not the tree builder, so its depth is an estimate: it bounds the parser's cost, and
/// decides nothing about what is safe to show (the sanitiser does, on the parsed tree).
QByteArray boundedMarkup(QByteArrayView html, const MarkupBounds &bounds = {});

} // namespace freshet
