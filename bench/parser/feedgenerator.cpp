// SPDX-License-Identifier: MIT
#include "feedgenerator.h"

namespace feedgenerator {

namespace {

// About 300 bytes of body per item, so 100k items make a feed of roughly 30 MB.
const QByteArray paragraph = "Rivers rise &amp; fall with the seasons; the &lt;b&gt;thaw&lt;/b&gt; brings fresh water "
                             "down from the hills, and with it news of the upper valleys. Read more at the site.";

QByteArray number(int value)
{
    return QByteArray::number(value);
}

QByteArray rfc822(int i)
{
    static const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return QByteArray(days[i % 7]) + ", " + number(1 + i % 28) + ' ' + months[i % 12] + " 20" + number(10 + i % 14) + ' '
           + number(10 + i % 14) + ":" + number(10 + i % 50) + ":" + number(10 + i % 50) + " +0000";
}

QByteArray iso(int i)
{
    return "20" + number(10 + i % 14) + '-' + QByteArray::number(1 + i % 12).rightJustified(2, '0') + '-'
           + QByteArray::number(1 + i % 28).rightJustified(2, '0') + 'T' + number(10 + i % 14) + ':' + number(10 + i % 50) + ":00Z";
}

} // namespace

const char *name(Kind kind)
{
    switch (kind) {
    case Kind::Rss: return "RSS 2.0";
    case Kind::Atom: return "Atom 1.0";
    case Kind::Rdf: return "RDF 1.0";
    case Kind::Json: return "JSON Feed";
    }
    return "";
}

QByteArray generate(Kind kind, int items)
{
    QByteArray out;
    out.reserve(qsizetype(items) * 330 + 1024);
    switch (kind) {
    case Kind::Rss:
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
               "<channel><title>Benchmark</title><link>https://bench.example/</link><description>Generated</description>\n";
        for (int i = 0; i < items; ++i) {
            out += "<item><title>Item " + number(i) + "</title><link>https://bench.example/items/" + number(i)
                   + "</link><guid isPermaLink=\"false\">item-" + number(i) + "</guid><pubDate>" + rfc822(i) + "</pubDate><dc:creator>Writer "
                   + number(i % 17) + "</dc:creator><description>" + paragraph + "</description></item>\n";
        }
        out += "</channel></rss>\n";
        break;
    case Kind::Atom:
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Benchmark</title>"
               "<link href=\"https://bench.example/\"/><updated>2024-01-01T00:00:00Z</updated><id>urn:bench</id>\n";
        for (int i = 0; i < items; ++i) {
            out += "<entry><title>Item " + number(i) + "</title><link href=\"https://bench.example/items/" + number(i)
                   + "\"/><id>urn:bench:" + number(i) + "</id><updated>" + iso(i) + "</updated><author><name>Writer "
                   + number(i % 17) + "</name></author><summary type=\"html\">" + paragraph + "</summary></entry>\n";
        }
        out += "</feed>\n";
        break;
    case Kind::Rdf:
        out += "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\""
               " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel rdf:about=\"https://bench.example/\"><title>Benchmark</title>"
               "<link>https://bench.example/</link><description>Generated</description></channel>\n";
        for (int i = 0; i < items; ++i) {
            out += "<item rdf:about=\"https://bench.example/items/" + number(i) + "\"><title>Item " + number(i)
                   + "</title><link>https://bench.example/items/" + number(i) + "</link><dc:date>" + iso(i) + "</dc:date><dc:creator>Writer "
                   + number(i % 17) + "</dc:creator><description>" + paragraph + "</description></item>\n";
        }
        out += "</rdf:RDF>\n";
        break;
    case Kind::Json: {
        out += "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Benchmark\",\"home_page_url\":\"https://bench.example/\",\"items\":[\n";
        // JSON carries the HTML unescaped (as JSON Feed does), so the byte count stays comparable.
        const QByteArray html = "Rivers rise & fall with the seasons; the <b>thaw</b> brings fresh water down from the hills, "
                                "and with it news of the upper valleys. Read more at the site.";
        for (int i = 0; i < items; ++i) {
            if (i)
                out += ",\n";
            out += "{\"id\":\"item-" + number(i) + "\",\"url\":\"https://bench.example/items/" + number(i) + "\",\"title\":\"Item "
                   + number(i) + "\",\"date_published\":\"" + iso(i) + "\",\"authors\":[{\"name\":\"Writer " + number(i % 17)
                   + "\"}],\"content_html\":\"" + html + "\"}";
        }
        out += "]}\n";
        break;
    }
    }
    return out;
}

} // namespace feedgenerator
