// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace freshet {

/// The largest OPML file Freshet reads: far beyond any subscription list, small enough to hold.
inline constexpr qint64 maximumOpmlFileSize = 50 * 1024 * 1024;

/// What messages call the file: its path, or "standard input" for `-`.
QString opmlFileName(const QString &path);

/// The bytes of an OPML file for import, read with the bound checked as they come, so a
/// device, a pipe or `-` (standard input) that never ends is refused at the bound instead of
/// filling memory; a file over the bound is refused, never cut short. The window and
/// `freshet import` both read here. Blocks until the data ends (a pipe waits for its writer).
[[nodiscard]] Result<QByteArray> readOpmlFile(const QString &path);

/// Writes an OPML export to a regular file (replaced only once the whole text is written) or
/// to a new path; anything else that exists there (a pipe, a device, a folder) is refused and
/// left untouched, since replacing it would destroy it. The window and `freshet export` both
/// write here.
[[nodiscard]] Status writeOpmlFile(const QString &path, const QByteArray &bytes);

} // namespace freshet
