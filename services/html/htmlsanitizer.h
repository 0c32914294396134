// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace freshet {

struct SanitizeOptions
{
    bool allowRemoteImages = false; ///< false: <img> with a remote src becomes its alt text
};

/// Reduces a feed item's HTML to the harmless subset an article view needs: text structure,
/// links (http, https, mailto) and, when allowed, images. Scripts, styles, frames, forms,
/// event handlers and every other attribute are dropped, along with the contents of script,
/// style and similar elements. Works on broken markup, as feeds send it.
QString sanitizeHtml(const QString &html, const SanitizeOptions &options = {});

} // namespace freshet
