// SPDX-License-Identifier: MIT
#include "gzipbomb.h"

#include <zlib.h>

#include <algorithm>

namespace {
const QByteArray Prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>bomb</title>";

/// Raw deflate of data from a fresh state, ending at a byte boundary (Z_FULL_FLUSH) or with
/// the final block (Z_FINISH).
QByteArray rawDeflate(const QByteArray &data, int flush)
{
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 64, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, flush);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

void appendLittleEndian32(QByteArray &out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}
} // namespace

GzipBombBody::GzipBombBody(qint64 expandedSize)
{
    const qint64 blankBytes = std::max<qint64>(0, expandedSize - Prolog.size());
    m_units = blankBytes / UnitBytes;
    const QByteArray remainder(blankBytes % UnitBytes, ' ');
    m_expanded = Prolog.size() + blankBytes;

    const QByteArray blanks(UnitBytes, ' ');
    m_head = QByteArray::fromHex("1f8b08000000000000ff"); // gzip member header, no name, no time
    m_head.append(rawDeflate(Prolog, Z_FULL_FLUSH));
    m_unit = rawDeflate(blanks, Z_FULL_FLUSH);

    // CRC-32 of prolog + units × blanks, by doubling with crc32_combine: O(log units) work.
    const uLong unitCrc = crc32(0, reinterpret_cast<const Bytef *>(blanks.constData()), uInt(blanks.size()));
    uLong blocksCrc = 0;
    z_off_t blocksLength = 0;
    uLong powerCrc = unitCrc;
    z_off_t powerLength = UnitBytes;
    for (qint64 remaining = m_units; remaining > 0; remaining >>= 1) {
        if (remaining & 1) {
            blocksCrc = blocksLength == 0 ? powerCrc : crc32_combine(blocksCrc, powerCrc, powerLength);
            blocksLength += powerLength;
        }
        powerCrc = crc32_combine(powerCrc, powerCrc, powerLength);
        powerLength *= 2;
    }
    uLong crc = crc32(0, reinterpret_cast<const Bytef *>(Prolog.constData()), uInt(Prolog.size()));
    if (blocksLength > 0)
        crc = crc32_combine(crc, blocksCrc, blocksLength);
    crc = crc32(crc, reinterpret_cast<const Bytef *>(remainder.constData()), uInt(remainder.size()));

    // The final block carries what is left after whole units, so the size is exact.
    m_tail = rawDeflate(remainder, Z_FINISH);
    appendLittleEndian32(m_tail, quint32(crc));
    appendLittleEndian32(m_tail, quint32(quint64(m_expanded) & 0xffffffffU));
    m_size = m_head.size() + m_units * m_unit.size() + m_tail.size();
}

QByteArray GzipBombBody::read(qint64 maxBytes)
{
    const qint64 count = std::min(maxBytes, m_size - m_position);
    if (count <= 0)
        return {};
    QByteArray chunk = bytesAt(m_position, count);
    m_position += count;
    return chunk;
}

QByteArray GzipBombBody::bytesAt(qint64 position, qint64 count) const
{
    QByteArray out;
    out.reserve(count);
    const qint64 unitsEnd = m_head.size() + m_units * m_unit.size();
    while (count > 0) {
        qint64 taken = 0;
        if (position < m_head.size()) {
            taken = std::min(count, m_head.size() - position);
            out.append(m_head.constData() + position, taken);
        } else if (position < unitsEnd) {
            const qint64 offset = (position - m_head.size()) % m_unit.size();
            taken = std::min({count, m_unit.size() - offset, unitsEnd - position});
            out.append(m_unit.constData() + offset, taken);
        } else {
            const qint64 offset = position - unitsEnd;
            taken = std::min(count, m_tail.size() - offset);
            out.append(m_tail.constData() + offset, taken);
        }
        position += taken;
        count -= taken;
    }
    return out;
}
