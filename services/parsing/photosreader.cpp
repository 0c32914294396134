// SPDX-License-Identifier: MIT
#include "parsing/photosreader.h"

#include "parsing/xmlcursor.h"

using namespace Qt::Literals::StringLiterals;

namespace freshet {

void PhotosReader::read(XmlCursor &cursor, ParsedFeed &feed)
{
    feed.format = FeedFormat::Photos;
    feed.title = cursor.attribute("title"_L1);
    while (cursor.nextChild()) {
        if (cursor.name() != u"photo"_s || !cursor.namespaceUri().isEmpty()) {
            cursor.skip();
            continue;
        }
        ParsedItem item;
        item.id = cursor.attribute("id"_L1).trimmed();
        item.title = cursor.attribute("title"_L1);
        const QString relurl = cursor.attribute("relurl"_L1).trimmed();
        if (!relurl.isEmpty()) {
            item.link = cursor.resolve(relurl);
            item.image = item.link;
        }
        cursor.skip();
        if (cursor.hasError())
            return;
        feed.items.append(std::move(item));
    }
}

} // namespace freshet
