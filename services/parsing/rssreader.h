#pragma once

#include "parsing/parsedfeed.h"

namespace freshet {

class XmlCursor;
struct RssItemDraft;
struct RssChannelDraft;

/// Reads RSS 0.9x/2.0 (`<rss>`) and RDF/RSS 0.90 and 1.0 (`<rdf:RDF>`) documents, with the
/// extension namespaces they use. Starts on the root element.
class RssReader final
{
public:
    static void read(XmlCursor &cursor, ParsedFeed &feed);

private:
    static void readChannel(XmlCursor &cursor, ParsedFeed &feed, RssChannelDraft &draft);
    static bool readChannelElement(XmlCursor &cursor, ParsedFeed &feed, RssChannelDraft &draft);
    static void readImage(XmlCursor &cursor, RssChannelDraft &draft);
    static void readItem(XmlCursor &cursor, ParsedFeed &feed);
    static void finishItem(RssItemDraft &draft, const XmlCursor &cursor);
    static void finishChannel(ParsedFeed &feed, RssChannelDraft &draft);
};

} // namespace freshet
