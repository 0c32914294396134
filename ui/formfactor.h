// SPDX-License-Identifier: MIT
#pragma once

#include <QSizeF>
#include <QString>

#include <optional>

namespace freshet {

/// Which layout the window takes: desktop (panes side by side, mouse-sized rows), tablet (the
/// same panes with touch-sized rows and kinetic scrolling) or phone (one pane at a time).
enum class FormFactor { Desktop, Tablet, Phone };

/// What decides the layout, measured by the caller so the choice itself stays a pure function.
struct ScreenTraits
{
    QSizeF physicalMm;         ///< the screen's size in millimetres; empty when unknown
    QSizeF logicalPx;          ///< its size in device-independent pixels
    bool touchPrimary = false; ///< a touch screen and no mouse
};

FormFactor chooseFormFactor(const ScreenTraits &screen);
/// "phone", "tablet" or "desktop" (any case); nothing for anything else.
std::optional<FormFactor> parseFormFactor(const QString &text);
/// The traits of the application's primary screen and input devices.
ScreenTraits currentScreenTraits();

} // namespace freshet
