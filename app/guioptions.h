// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCommandLineParser;

namespace freshet::guioptions {

// The window's options, known to both executables: the headless one parses them to tell them
// from commands and hands them on to the window's as they were given.
inline const QString debug = QStringLiteral("debug");
inline const QString firstPaint = QStringLiteral("quit-after-first-paint");
inline const QString noRefresh = QStringLiteral("no-refresh");
inline const QString formFactor = QStringLiteral("form-factor");

} // namespace freshet::guioptions

namespace freshet {

/// The options that only make sense when Freshet opens its window.
void declareGuiOptions(QCommandLineParser &parser);
/// Whether a window option takes the next argument as its value (so it is not a command name).
bool isGuiOptionWithValue(const QString &argument);

} // namespace freshet
