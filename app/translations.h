// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCoreApplication;

namespace freshet {

/// Loads Freshet's and Qt's own translations for the profile's chosen language (Settings),
/// else the system's, when they exist.
void installTranslations(QCoreApplication &app, const QString &profileDir);

} // namespace freshet
