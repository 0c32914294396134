// SPDX-License-Identifier: MIT
#include "pseudorandombody.h"

#include "splitmix.h"

#include <algorithm>

namespace {
quint64 word(quint64 key, quint64 index)
{
    // A counter-based generator (splitmix64 of key + index): random access, no state.
    return splitmix64Mix(key + index * SplitMix64Gamma);
}
} // namespace

PseudoRandomBody::PseudoRandomBody(quint64 key, qint64 offset, qint64 length)
    : m_key(key), m_offset(offset), m_length(std::max<qint64>(length, 0))
{}

QByteArray PseudoRandomBody::read(qint64 maxBytes)
{
    const qint64 count = std::min(maxBytes, m_length - m_position);
    if (count <= 0)
        return {};
    QByteArray out(count, Qt::Uninitialized);
    generate(m_key, m_offset + m_position, out.data(), count);
    m_position += count;
    return out;
}

void PseudoRandomBody::generate(quint64 key, qint64 offset, char *out, qint64 count)
{
    // Little-endian bytes of word(key, p / 8), whatever the host's byte order.
    qint64 position = offset;
    const qint64 end = offset + count;
    while (position < end) {
        const quint64 value = word(key, quint64(position) / 8);
        for (int shift = int(position % 8); shift < 8 && position < end; ++shift, ++position)
            *out++ = char((value >> (8 * shift)) & 0xff);
    }
}
