// SPDX-License-Identifier: MIT
#include "bodysource.h"

#include <algorithm>

ByteArrayBody::ByteArrayBody(QByteArray data, qint64 offset, qint64 length)
    : m_data(std::move(data)), m_offset(std::clamp<qint64>(offset, 0, m_data.size()))
{
    const qint64 available = m_data.size() - m_offset;
    m_length = length < 0 ? available : std::min(length, available);
}

QByteArray ByteArrayBody::read(qint64 maxBytes)
{
    const qint64 count = std::min(maxBytes, m_length - m_position);
    if (count <= 0)
        return {};
    // mid() of the whole buffer would copy; a slice of a shared buffer copies only the chunk.
    QByteArray chunk = m_data.sliced(m_offset + m_position, count);
    m_position += count;
    return chunk;
}
