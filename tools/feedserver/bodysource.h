// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

/// A response body produced piece by piece, so a multi-gigabyte body never sits in memory.
/// The connection pulls from it only as fast as the socket drains.
class BodySource
{
public:
    virtual ~BodySource() = default;

    /// Total number of bytes this source produces.
    virtual qint64 size() const = 0;
    /// The next at most maxBytes bytes; empty once size() bytes were produced.
    virtual QByteArray read(qint64 maxBytes) = 0;

protected:
    BodySource() = default;
    BodySource(const BodySource &) = default;
    BodySource &operator=(const BodySource &) = default;
};

/// A body already in memory (usually a cached, implicitly shared QByteArray), or a slice of it
/// for a byte range.
class ByteArrayBody final : public BodySource
{
public:
    explicit ByteArrayBody(QByteArray data, qint64 offset = 0, qint64 length = -1);

    qint64 size() const override { return m_length; }
    QByteArray read(qint64 maxBytes) override;

private:
    QByteArray m_data;
    qint64 m_offset = 0;
    qint64 m_length = 0;
    qint64 m_position = 0;
};
