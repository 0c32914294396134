// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>

/// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), the only HTTP-date form a server may send.
namespace HttpDate {
QByteArray format(const QDateTime &time);
/// Parses IMF-fixdate, and the obsolete RFC 850 and asctime forms clients may still send;
/// an invalid QDateTime when the text is none of them.
QDateTime parse(const QByteArray &text);
} // namespace HttpDate
