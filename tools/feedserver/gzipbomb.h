// SPDX-License-Identifier: MIT
#pragma once

#include "bodysource.h"

#include <QByteArray>

/// A gzip body that inflates to exactly `expandedSize` bytes (an XML prolog, then blanks) while only
/// a few bytes per megabyte travel. Built without compressing gigabytes: one fully flushed
/// deflate block of 1 MiB of blanks is compressed once and repeated, which is valid because a
/// full flush leaves the next block independent of everything before it.
class GzipBombBody final : public BodySource
{
public:
    static constexpr qint64 UnitBytes = 1024 * 1024;

    explicit GzipBombBody(qint64 expandedSize);

    qint64 size() const override { return m_size; }
    QByteArray read(qint64 maxBytes) override;
    qint64 expandedSize() const { return m_expanded; }

private:
    QByteArray bytesAt(qint64 position, qint64 count) const;

    QByteArray m_head; ///< gzip header + deflated prolog
    QByteArray m_unit; ///< deflated, fully flushed UnitBytes of blanks
    QByteArray m_tail; ///< final empty block + CRC-32 + ISIZE
    qint64 m_units = 0;
    qint64 m_expanded = 0;
    qint64 m_size = 0;
    qint64 m_position = 0;
};
