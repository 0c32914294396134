// SPDX-License-Identifier: MIT
#pragma once

#include <QSettings>
#include <QString>

namespace freshet {

/// The language chosen in Settings: a code Freshet ships ("de", "fr", "ro", "en"), or empty to
/// follow the system. Every process reads it for its messages (the headless one too), the
/// window's Settings writes it (AppSettings).
inline QString chosenLanguage(const QSettings &settings)
{
    return settings.value(QStringLiteral("ui/language")).toString();
}

inline void setChosenLanguage(QSettings &settings, const QString &code)
{
    settings.setValue(QStringLiteral("ui/language"), code);
}

} // namespace freshet
