// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace freshet {

struct SanitizeOptions
{
    bool allowRemoteImages = false; ///< false: <img> with a remote src becomes its alt text
    /// An image's own width and height are kept, scaled down to this width; 0: dropped.
    int maxImageWidth = 0;
};

/// Reduces a feed item's HTML to the harmless subset an article view needs: text structure,
/// links (http, https, mailto) and, when allowed, images. Scripts, styles, frames, forms,
/// event handlers and every other attribute are dropped, along with the contents of script,
/// style and similar elements. An embedded player (iframe, video, audio) with a web address
/// becomes a line that names it and links to it, so it does not vanish. Works on broken
/// markup, as feeds send it.
QString sanitizeHtml(const QString &html, const SanitizeOptions &options = {});

} // namespace freshet
