// SPDX-License-Identifier: MIT
#include "faultbodies.h"

#include "feedwriter.h"

#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace FaultBodies {

QByteArray sampleFeed()
{
    static const QByteArray feed = [] {
        FeedDocument document;
        document.id = u"urn:freshet:fault"_s;
        document.title = u"Fault sample feed"_s;
        document.link = u"http://fault.freshet.test/"_s;
        document.description = u"A small valid feed delivered badly on purpose."_s;
        document.updated = QDateTime(QDate(2024, 1, 1), QTime(12, 0), QTimeZone::utc());
        for (int i = 10; i >= 1; --i) {
            FeedEntry entry;
            entry.id = u"urn:freshet:fault:%1"_s.arg(i);
            entry.title = u"Sample item %1"_s.arg(i);
            entry.link = u"http://fault.freshet.test/item/%1"_s.arg(i);
            entry.published = document.updated.addSecs(-3600 * (10 - i));
            entry.summary = u"<p>Sample item %1, long enough that a body has a middle to cut. "_s.arg(i)
                            + u"The quick brown fox jumps over the lazy dog, twice over.</p>"_s;
            document.entries.append(entry);
        }
        return FeedWriter::rss(document);
    }();
    return feed;
}

QByteArray invalidXml()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<rss version=\"2.0\"><channel><title>Broken &nbsp; feed</title>\n"
           "<item><title>Unclosed <b>bold</title><link>http://fault.freshet.test/1</link></item>\n"
           "</channel></rss>\n";
}

} // namespace FaultBodies

OversizedFeedBody::OversizedFeedBody(qint64 size)
    : m_head("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Oversized feed</title>"
             "<link>http://fault.freshet.test/</link><description>Larger than any sane cap</description>\n"),
      m_item("<item><title>Filler item</title><link>http://fault.freshet.test/filler</link><description>" + QByteArray(400, 'x')
             + "</description></item>\n"),
      m_tail("</channel></rss>\n"), m_size(std::max<qint64>(size, 0))
{
    const qint64 room = m_size - m_head.size() - m_tail.size();
    if (room >= 0) {
        m_items = room / m_item.size();
        m_padding = room % m_item.size();
    }
}

QByteArray OversizedFeedBody::read(qint64 maxBytes)
{
    const qint64 count = std::min(maxBytes, m_size - m_position);
    if (count <= 0)
        return {};
    // Layout: head, items, blank padding, tail; when size is too small for the frame, only a
    // prefix of the head (the body is still exactly `size` bytes).
    const qint64 itemsEnd = m_head.size() + m_items * m_item.size();
    const qint64 paddingEnd = itemsEnd + m_padding;
    QByteArray out;
    out.reserve(count);
    qint64 position = m_position;
    while (qint64(out.size()) < count) {
        const qint64 want = count - out.size();
        qint64 taken = 0;
        if (position < m_head.size()) {
            taken = std::min(want, m_head.size() - position);
            out.append(m_head.constData() + position, taken);
        } else if (position < itemsEnd) {
            const qint64 offset = (position - m_head.size()) % m_item.size();
            taken = std::min(want, m_item.size() - offset);
            out.append(m_item.constData() + offset, taken);
        } else if (position < paddingEnd) {
            taken = std::min(want, paddingEnd - position);
            out.append(QByteArray(taken, ' '));
        } else {
            taken = std::min(want, m_tail.size() - (position - paddingEnd));
            out.append(m_tail.constData() + (position - paddingEnd), taken);
        }
        position += taken;
    }
    m_position = position;
    return out;
}
