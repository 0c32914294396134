// SPDX-License-Identifier: MIT
#pragma once

#include "profile/profile.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace freshet {

/// What every command is handed: the chosen profile and the two output streams, so tests can
/// run commands without touching the process's own stdout/stderr.
struct CommandContext
{
    Profile profile;
    /// The positional arguments after the command's name.
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
    /// --json was given: the command prints what it did as JSON on stdout, for scripts.
    bool json = false;
};

/// One `freshet COMMAND` of the command line. Commands run on a QCoreApplication: none of them
/// needs a display.
struct Command
{
    const char *name;
    /// Shown in `freshet --help`; translated when printed, so it is a source string here.
    const char *summary;
    /// Positional arguments for the usage line, e.g. "FILE".
    const char *arguments;
    void (*declareOptions)(QCommandLineParser &parser);
    int (*run)(CommandContext &context, const QCommandLineParser &parser);
};

/// Every command, in the order `--help` lists them.
const QList<Command> &allCommands();
const Command *findCommand(const QString &name);

/// Exit codes shared by all commands.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsageOrInput = 1,
    ExitParseError = 2,
    ExitFetchFailed = 3,
};

} // namespace freshet
