// SPDX-License-Identifier: MIT
#include "parsing/extensionreader.h"

#include "parsing/atomreader.h"
#include "parsing/feedtext.h"
#include "parsing/namespaces.h"
#include "parsing/xmlcursor.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

bool isMedia(QStringView uri)
{
    return uri == ns::media || uri == ns::mediaAlt;
}
bool isItunes(QStringView uri)
{
    return uri.compare(ns::itunes, Qt::CaseInsensitive) == 0;
}

ParsedLink atomLink(const XmlCursor &cursor)
{
    ParsedLink link;
    link.href = cursor.resolve(cursor.attribute("href"_L1));
    link.rel = cursor.attribute("rel"_L1);
    link.type = cursor.attribute("type"_L1);
    link.title = cursor.attribute("title"_L1);
    link.hreflang = cursor.attribute("hreflang"_L1);
    link.length = feedtext::lengthFromText(cursor.attribute("length"_L1));
    return link;
}

/// Dublin Core and DC Terms mean the same for an item and for the channel.
template <typename Draft>
bool readDublinCore(XmlCursor &cursor, QStringView uri, QStringView name, Draft &draft)
{
    if (uri == ns::dc) {
        if (name == u"creator"_s || name == u"author"_s)
            draft.dcCreators.append(cursor.readText());
        else if (name == u"date"_s)
            draft.dcDate = cursor.readText();
        else if (name == u"title"_s)
            draft.dcTitle = cursor.readText();
        else if (name == u"description"_s)
            draft.dcDescription = cursor.readText();
        else
            return false;
        return true;
    }
    if (name == u"modified"_s)
        draft.dcModified = cursor.readText();
    else if (name == u"issued"_s || name == u"created"_s)
        draft.dcIssued = cursor.readText();
    else
        return false;
    return true;
}

} // namespace

void ExtensionReader::readMedia(XmlCursor &cursor, RssItemDraft &draft)
{
    const QStringView name = cursor.name();
    if (name == u"group"_s) {
        while (cursor.nextChild()) {
            if (isMedia(cursor.namespaceUri()))
                readMedia(cursor, draft);
            else
                cursor.skip();
        }
        return;
    }
    if (name == u"thumbnail"_s) {
        if (draft.mediaThumbnail.isEmpty())
            draft.mediaThumbnail = cursor.resolve(cursor.attribute("url"_L1));
        cursor.skip();
        return;
    }
    if (name == u"content"_s) {
        const QString url = cursor.resolve(cursor.attribute("url"_L1));
        const QString type = cursor.attribute("type"_L1);
        const QString medium = cursor.attribute("medium"_L1);
        const bool image = medium == u"image"_s || type.startsWith(u"image/"_s);
        if (image && draft.mediaContentImage.isEmpty())
            draft.mediaContentImage = url;
        // A thumbnail may sit inside media:content; it still describes the item.
        while (cursor.nextChild()) {
            if (isMedia(cursor.namespaceUri()) && cursor.name() == u"thumbnail"_s)
                readMedia(cursor, draft);
            else
                cursor.skip();
        }
        return;
    }
    cursor.skip();
}

bool ExtensionReader::readItemElement(XmlCursor &cursor, RssItemDraft &draft)
{
    const QStringView uri = cursor.namespaceUri();
    const QStringView name = cursor.name();
    if (uri == ns::content) {
        if (name != u"encoded"_s)
            return false;
        draft.item.content = feedtext::resolveHtmlUris(cursor.readText().trimmed(), cursor.base());
        return true;
    }
    if (uri == ns::dc || uri == ns::dcterms)
        return readDublinCore(cursor, uri, name, draft);
    if (isMedia(uri)) {
        readMedia(cursor, draft);
        return true;
    }
    if (isItunes(uri)) {
        if (name == u"image"_s) {
            draft.itunesImage = cursor.resolve(cursor.attribute("href"_L1));
            cursor.skip();
        } else if (name == u"duration"_s) {
            draft.item.durationText = cursor.readText().trimmed();
        } else if (name == u"author"_s) {
            draft.itunesAuthor = cursor.readText();
        } else if (name == u"summary"_s) {
            draft.itunesSummary = cursor.readText().trimmed();
        } else {
            return false;
        }
        return true;
    }
    if (uri == ns::atom10) {
        if (name == u"link"_s) {
            const ParsedLink link = atomLink(cursor);
            if ((link.rel.isEmpty() || link.rel == u"alternate"_s) && draft.atomAlternate.isEmpty())
                draft.atomAlternate = link.href;
            cursor.skip();
        } else if (name == u"updated"_s) {
            draft.atomUpdated = cursor.readText();
        } else if (name == u"published"_s) {
            draft.atomPublished = cursor.readText();
        } else if (name == u"author"_s) {
            draft.atomAuthor = AtomReader::readPerson(cursor);
        } else if (name == u"content"_s) {
            draft.atomContent = AtomReader::readTextConstruct(cursor, true);
        } else {
            return false;
        }
        return true;
    }
    return false;
}

bool ExtensionReader::readChannelElement(XmlCursor &cursor, ParsedFeed &feed, RssChannelDraft &draft)
{
    const QStringView uri = cursor.namespaceUri();
    const QStringView name = cursor.name();
    if (uri == ns::atom10) {
        if (name == u"link"_s) {
            const ParsedLink link = atomLink(cursor);
            if (link.rel == u"self"_s && feed.feedLink.isEmpty())
                feed.feedLink = link.href;
            else if ((link.rel.isEmpty() || link.rel == u"alternate"_s) && draft.atomAlternate.isEmpty())
                draft.atomAlternate = link.href;
            cursor.skip();
        } else if (name == u"updated"_s) {
            draft.atomUpdated = cursor.readText();
        } else {
            return false;
        }
        return true;
    }
    if (uri == ns::syndication) {
        if (name == u"updatePeriod"_s)
            feed.updatePeriod = cursor.readText().trimmed().toLower();
        else if (name == u"updateFrequency"_s)
            feed.updateFrequency = qMax(0, cursor.readText().trimmed().toInt());
        else
            return false;
        return true;
    }
    if (uri == ns::dc || uri == ns::dcterms)
        return readDublinCore(cursor, uri, name, draft);
    if (isItunes(uri)) {
        if (name == u"image"_s) {
            draft.itunesImage = cursor.resolve(cursor.attribute("href"_L1));
            cursor.skip();
        } else if (name == u"author"_s) {
            draft.itunesAuthor = cursor.readText();
        } else if (name == u"summary"_s) {
            draft.itunesSummary = cursor.readText().trimmed();
        } else {
            return false;
        }
        return true;
    }
    if (isMedia(uri) && name == u"thumbnail"_s) {
        draft.mediaThumbnail = cursor.resolve(cursor.attribute("url"_L1));
        cursor.skip();
        return true;
    }
    return false;
}

} // namespace freshet
