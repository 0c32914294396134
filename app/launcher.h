// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace freshet {

/// What the first look at argv decides before any QCoreApplication exists: which command runs,
/// and so whether a GUI application (with a display) is needed at all.
struct Invocation
{
    QString commandName; ///< empty: no command, open the main window
    bool wantsHelpOrVersion = false;
    bool hasUnknownOption = false; ///< reported by the full parse, which needs no display
    bool hasBadGuiValue = false;   ///< a window option's value is wrong: reported without a display
    /// --profile's value wherever it appears; empty when not given. Read this early so the
    /// profile's chosen language applies to everything printed.
    QString profileDir;
    /// --verbose anywhere before "--": every freshet.* logging category on, from the start.
    bool verbose = false;

    bool needsGui() const { return commandName.isEmpty() && !wantsHelpOrVersion && !hasUnknownOption && !hasBadGuiValue; }
};

Invocation prescanArguments(const QStringList &arguments);

/// Parses the full command line for the invocation and runs it. Returns the process exit code.
int runInvocation(const Invocation &invocation, const QStringList &arguments);

} // namespace freshet
