// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace freshet {

/// "Rate-limited by the server until 14:05": what every view says of a feed whose server
/// answered 429 or 503 with a Retry-After still ahead. Local time; the date too when `until`
/// is not today.
QString rateLimitedUntilText(const QDateTime &until, const QDateTime &now = QDateTime::currentDateTime());

} // namespace freshet
