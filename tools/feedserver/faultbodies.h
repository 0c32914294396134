// SPDX-License-Identifier: MIT
#pragma once

#include "bodysource.h"

#include <QByteArray>

/// The documents faults are made of.
namespace FaultBodies {
/// A small, valid RSS feed (what drops, drips, stalls and wrong content types carry).
QByteArray sampleFeed();
/// Well-formedness errors a parser must reject: a mismatched end tag and an undefined entity.
QByteArray invalidXml();
} // namespace FaultBodies

/// A well-formed RSS document of exactly `size` bytes (when size allows the frame), produced
/// item by item so 50 MB never sit in memory.
class OversizedFeedBody final : public BodySource
{
public:
    explicit OversizedFeedBody(qint64 size);

    qint64 size() const override { return m_size; }
    QByteArray read(qint64 maxBytes) override;

private:
    QByteArray m_head;
    QByteArray m_item;
    QByteArray m_tail;
    qint64 m_items = 0;
    qint64 m_padding = 0;
    qint64 m_size = 0;
    qint64 m_position = 0;
};
