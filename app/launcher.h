#pragma once

#include <QStringList>

namespace freshet {

/// What the first look at argv decides before any QCoreApplication exists: which command runs,
/// and so whether a GUI application (with a display) is needed at all.
struct Invocation
{
    QString commandName;      ///< empty: no command, open the main window
    bool wantsHelpOrVersion = false;

    bool needsGui() const { return commandName.isEmpty() && !wantsHelpOrVersion; }
};

Invocation prescanArguments(const QStringList &arguments);

/// Parses the full command line for the invocation and runs it. Returns the process exit code.
int runInvocation(const Invocation &invocation, const QStringList &arguments);

} // namespace freshet
