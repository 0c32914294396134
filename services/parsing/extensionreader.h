// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/rssdraft.h"

namespace freshet {

class XmlCursor;

/// Reads the elements RSS and RDF feeds borrow from other namespaces: content:encoded, dc:*,
/// dcterms:*, media:* (thumbnail, content, group), itunes:* (image, duration, author, summary),
/// atom:link and sy:updatePeriod/updateFrequency.
class ExtensionReader final
{
public:
    /// Consumes the current element when it is an extension this reader knows; false otherwise
    /// (the element is then untouched, for the caller to skip).
    static bool readItemElement(XmlCursor &cursor, RssItemDraft &draft);
    static bool readChannelElement(XmlCursor &cursor, ParsedFeed &feed, RssChannelDraft &draft);

private:
    static void readMedia(XmlCursor &cursor, RssItemDraft &draft);
};

} // namespace freshet
