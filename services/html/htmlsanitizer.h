// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace freshet {

struct SanitizeOptions
{
    bool allowRemoteImages = false; ///< false: <img> with a remote src becomes its alt text
    /// An image's own width and height are kept, scaled down to this width; 0: dropped.
    int maxImageWidth = 0;
    /// What relative addresses are resolved against (the item's link); empty or not http(s):
    /// they are dropped, as an article has no address of its own to resolve them against.
    QString baseUrl = QString();
};

/// Reduces a feed item's HTML to the harmless subset an article view needs: text structure,
/// tables, code, links (http, https, mailto) and, when allowed, images. The HTML is parsed as
/// a browser parses it (gumbo, the HTML5 algorithm), so broken and hostile markup means here
/// what it would mean there; the tree is then written out again from an allowlist of elements
/// and attributes, with every text and attribute escaped, so QTextDocument reads exactly the
/// tags written. Scripts, styles, frames, forms, SVG, MathML, event handlers and every other
/// attribute are dropped, along with the contents of script, style and similar elements. An
/// embedded player (iframe, video, audio) with a web address becomes a line that names it and
/// links to it, so it does not vanish. Nesting past 100 elements is flattened.
QString sanitizeHtml(const QString &html, const SanitizeOptions &options = {});

} // namespace freshet
