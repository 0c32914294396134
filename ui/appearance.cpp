// SPDX-License-Identifier: MIT
#include "appearance.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

Appearance appearanceFromName(const QString &name)
{
    if (name == u"light"_s)
        return Appearance::Light;
    if (name == u"dark"_s)
        return Appearance::Dark;
    return Appearance::System;
}

QString appearanceName(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light: return u"light"_s;
    case Appearance::Dark: return u"dark"_s;
    case Appearance::System: break;
    }
    return u"system"_s;
}

QPalette darkPalette()
{
    const QColor window(0x20, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor raised(0x2a, 0x2b, 0x2f);
    QPalette dark;
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x17, 0x18, 0x1b));
    dark.setColor(QPalette::AlternateBase, raised);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    dark.setColor(QPalette::Button, raised);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::ToolTipBase, raised);
    dark.setColor(QPalette::ToolTipText, text);
    // A deep blue, so that white and the table's grey for read rows both read on it.
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x5f, 0xa8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    dark.setColor(QPalette::Light, QColor(0x3c, 0x3d, 0x41));
    dark.setColor(QPalette::Midlight, QColor(0x33, 0x34, 0x38));
    dark.setColor(QPalette::Mid, QColor(0x5f, 0x63, 0x68));
    dark.setColor(QPalette::Dark, QColor(0x12, 0x13, 0x15));
    dark.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x86, 0x8b));
    return dark;
}

void applyAppearance(Appearance appearance, const QPalette &system)
{
    switch (appearance) {
    case Appearance::System: QApplication::setPalette(system); break;
    case Appearance::Light: QApplication::setPalette(QApplication::style()->standardPalette()); break;
    case Appearance::Dark: QApplication::setPalette(darkPalette()); break;
    }
}

} // namespace freshet
