// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/parsedfeed.h"

namespace freshet {

class XmlCursor;
struct RssItemDraft;
struct RssChannelDraft;

/// Reads RSS 0.9x/2.0 (`<rss>`) and RDF/RSS 0.90 and 1.0 (`<rdf:RDF>`) documents, with the
/// extension namespaces they use. Starts on the root element. RSS elements are those without a
/// namespace, in the RSS 1.0/0.90 namespaces, or in the namespace the root element uses.
class RssReader final
{
public:
    explicit RssReader(XmlCursor &cursor);

    void read(ParsedFeed &feed);

private:
    bool isRssElement() const;
    void readChannel(ParsedFeed &feed, RssChannelDraft &draft);
    bool readChannelElement(ParsedFeed &feed, RssChannelDraft &draft);
    void readImage(RssChannelDraft &draft);
    void readItem(ParsedFeed &feed);
    bool readItemElement(RssItemDraft &draft);
    void readLink(QString &href, QString &text, QList<ParsedLink> &links);
    void finishItem(RssItemDraft &draft) const;
    static void finishChannel(ParsedFeed &feed, RssChannelDraft &draft);

    XmlCursor &m_cursor;
    QString m_rootNamespace;
};

} // namespace freshet
