// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace freshet {

/// The other executable of the desktop pair (app/CMakeLists.txt): `name` beside this one, as in
/// a build, else in `installedDir` (relative to this one's folder), as once installed. The
/// installed path when neither is there, so a message can name where it should be.
QString companionExecutable(const QString &name, const QString &installedDir);

} // namespace freshet
