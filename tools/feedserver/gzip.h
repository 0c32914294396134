// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

/// gzip (RFC 1952) framing, not the zlib framing qCompress() writes.
namespace Gzip {
QByteArray compress(const QByteArray &data, int level = 6);
}
