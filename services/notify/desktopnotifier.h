// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QString>

namespace freshet {

/// Posts a desktop notification from a process that has no window (a headless background
/// run). Clicking it opens Freshet through its desktop entry.
Status postDesktopNotification(const QString &title, const QString &body);

} // namespace freshet
