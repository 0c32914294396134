// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

namespace freshet {

/// Light or dark: the system's choice (its palette, as the desktop or phone theme hands it
/// over), or the person's own, whatever the system's is.
enum class Appearance { System, Light, Dark };

Appearance appearanceFromName(const QString &name);
QString appearanceName(Appearance appearance);

/// The dark palette Freshet uses when asked to be dark: every role the widgets and the
/// article read, so that nothing keeps a light colour of its own.
QPalette darkPalette();

/// Makes the whole application light, dark, or (System) as `system`, the palette it started with.
void applyAppearance(Appearance appearance, const QPalette &system);

} // namespace freshet
