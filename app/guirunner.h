// SPDX-License-Identifier: MIT
#pragma once

class QCommandLineParser;

namespace freshet {

class Profile;

// Each executable defines these two its own way: the window's (guirunner.cpp) opens the window
// in its own process; the headless one (windowhandoff.cpp) carries no Qt GUI and hands the
// whole command line on to the window's executable (app/CMakeLists.txt says why).

/// Whether the window options' values make sense (checked before a display is needed).
bool guiOptionValuesAreValid(const QCommandLineParser &parser);

/// Opens the main window on the profile and runs the event loop until the person quits.
int runGui(const Profile &profile, const QCommandLineParser &parser);

} // namespace freshet
