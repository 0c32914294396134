#pragma once

class QCommandLineParser;

namespace freshet {

class Profile;

/// The options that only make sense when Freshet opens its window.
void declareGuiOptions(QCommandLineParser &parser);

/// Opens the main window on the profile and runs the event loop until the person quits.
int runGui(const Profile &profile, const QCommandLineParser &parser);

} // namespace freshet
