// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/parsedfeed.h"

#include <QString>
#include <QStringView>

namespace freshet {

/// What a person sees of a title. The parser keeps a title as the document wrote it (markup
/// for Atom type="html"/"xhtml"), which is what `freshet parse` and the conformance corpus
/// compare; everything that stores or shows a title goes through these instead.
namespace titletext {

/// `title` as plain text: for HTML, tags dropped and character references decoded exactly once;
/// for a title that may be HTML (RSS), the same when it holds a tag or a known reference. The
/// whitespace of markup is collapsed; a text title comes back as it is.
QString plain(const QString &title, TitleMarkup markup);

/// The item's title as text.
inline QString of(const ParsedItem &item)
{
    return plain(item.title, item.titleMarkup);
}

/// The feed's title as text.
inline QString of(const ParsedFeed &feed)
{
    return plain(feed.title, feed.titleMarkup);
}

} // namespace titletext

} // namespace freshet
