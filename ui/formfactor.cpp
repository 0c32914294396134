// SPDX-License-Identifier: MIT
#include "formfactor.h"

#include <QGuiApplication>
#include <QInputDevice>
#include <QScreen>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
// A phone's short side is under about 80 mm (or 500 dp). Every larger touch-first screen (a
// tablet, a touch laptop without a mouse, a kiosk) keeps the panes, with touch-sized rows.
constexpr double phoneShortSideMm = 80.0;
constexpr double phoneShortSidePx = 500.0;
} // namespace

FormFactor chooseFormFactor(const ScreenTraits &screen)
{
    const double shortPx = std::min(screen.logicalPx.width(), screen.logicalPx.height());
    const bool knownMm = screen.physicalMm.width() > 0 && screen.physicalMm.height() > 0;
    const double shortMm = knownMm ? std::min(screen.physicalMm.width(), screen.physicalMm.height()) : 0.0;
    // Pixels alone decide a small window-sized screen even with a mouse: panes do not fit.
    if (shortPx > 0 && shortPx < phoneShortSidePx)
        return FormFactor::Phone;
    if (!screen.touchPrimary)
        return FormFactor::Desktop;
    if (knownMm ? shortMm < phoneShortSideMm : shortPx < phoneShortSidePx)
        return FormFactor::Phone;
    return FormFactor::Tablet;
}

std::optional<FormFactor> parseFormFactor(const QString &text)
{
    const QString name = text.trimmed().toLower();
    if (name == u"phone"_s)
        return FormFactor::Phone;
    if (name == u"tablet"_s)
        return FormFactor::Tablet;
    if (name == u"desktop"_s)
        return FormFactor::Desktop;
    return std::nullopt;
}

ScreenTraits currentScreenTraits()
{
    ScreenTraits traits;
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        traits.physicalMm = screen->physicalSize();
        traits.logicalPx = screen->size();
    }
    bool touch = false;
    bool mouse = false;
    for (const QInputDevice *device : QInputDevice::devices()) {
        touch = touch || device->type() == QInputDevice::DeviceType::TouchScreen;
        mouse = mouse || device->type() == QInputDevice::DeviceType::Mouse || device->type() == QInputDevice::DeviceType::TouchPad;
    }
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    touch = true;
    mouse = false;
#endif
    traits.touchPrimary = touch && !mouse;
    return traits;
}

} // namespace freshet
