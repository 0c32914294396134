// SPDX-License-Identifier: MIT
#pragma once

class QCommandLineParser;
class QString;

namespace freshet {

class Profile;

/// The options that only make sense when Freshet opens its window.
void declareGuiOptions(QCommandLineParser &parser);
/// Whether a window option takes the next argument as its value (so it is not a command name).
bool isGuiOptionWithValue(const QString &argument);
/// Whether the window options' values make sense (checked before a display is needed).
bool guiOptionValuesAreValid(const QCommandLineParser &parser);

/// Opens the main window on the profile and runs the event loop until the person quits.
int runGui(const Profile &profile, const QCommandLineParser &parser);

} // namespace freshet
