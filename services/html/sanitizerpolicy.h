// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <gumbo.h>

namespace freshet::sanitizerpolicy {

/// What becomes of an HTML element in an article.
enum class Element {
    Kept,      ///< written out, without attributes (a and img have their own)
    Dropped,   ///< left out with everything inside it: code, chrome, or what loads by itself
    Player,    ///< an embedded player: left out, named by embedCard()
    Unwrapped, ///< its tags left out, what it holds kept (unknown and presentational elements)
};

Element elementKind(GumboTag tag);

/// An attribute's address as the view may use it: ASCII tabs and newlines removed and spaces
/// trimmed (as browsers read it), resolved against `base` when relative, escaped where no URL
/// may hold a character raw. Empty when it is nothing to link to or load: neither http,
/// https nor (for links) mailto.
QString linkAddress(const char *value, const QString &base);
QString imageAddress(const char *value, const QString &base);

/// What stands for an embedded player (`tag` iframe, video or audio) at `address` (from
/// imageAddress()): its kind and where it is, and a link to open it. Markup, escaped.
QString embedCard(GumboTag tag, const QString &address);

/// width="640" height="360" as the picture asked, scaled down to maxWidth; empty when it
/// gave no usable width.
QString imageSize(const char *width, const char *height, int maxWidth);

} // namespace freshet::sanitizerpolicy
