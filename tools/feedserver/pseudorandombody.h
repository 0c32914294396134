// SPDX-License-Identifier: MIT
#pragma once

#include "bodysource.h"

#include <QByteArray>

/// Deterministic pseudo-random bytes: byte p of a file is a pure function of (key, p), so any
/// range of a file of any size is produced on the fly, identically every time.
class PseudoRandomBody final : public BodySource
{
public:
    PseudoRandomBody(quint64 key, qint64 offset, qint64 length);

    qint64 size() const override { return m_length; }
    QByteArray read(qint64 maxBytes) override;

    /// Writes bytes [offset, offset + count) of the file `key` into out.
    static void generate(quint64 key, qint64 offset, char *out, qint64 count);

private:
    quint64 m_key;
    qint64 m_offset;
    qint64 m_length;
    qint64 m_position = 0;
};
