// SPDX-License-Identifier: MIT
#include "launcher.h"

#include "about/shippedcomponents.h"
#include "command.h"
#include "freshetversion.h"
#include "guioptions.h"
#include "guirunner.h"
#include "terminaloutput.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

const QString profileOptionName = u"profile"_s;
const QString verboseOptionName = u"verbose"_s;

bool isGlobalOptionWithValue(const QString &argument)
{
    return argument == u"--profile"_s || argument == u"-profile"_s;
}

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({profileOptionName,
                      QCoreApplication::translate("main", "Keep the database, settings and caches in DIR "
                                                          "(default: $%1, else the platform's data folder).")
                          .arg(QString::fromLatin1(Profile::environmentVariable)),
                      QCoreApplication::translate("main", "DIR")});
    parser.addOption({verboseOptionName, QCoreApplication::translate("main", "Tell on standard error what Freshet does: each request and answer, "
                                                                             "sync step, download and scheduling decision (never a password or "
                                                                             "token). QT_LOGGING_RULES picks areas: freshet.fetch, freshet.sync, "
                                                                             "freshet.store, freshet.downloads, freshet.scheduler.")});
    parser.addHelpOption();
    parser.addVersionOption();
}

QString commandListText()
{
    QString text = QCoreApplication::translate("main", "Commands:") + u'\n';
    qsizetype width = 0;
    for (const Command &command : allCommands())
        width = std::max(width, qsizetype(qstrlen(command.name) + 1 + qstrlen(command.arguments)));
    for (const Command &command : allCommands()) {
        const QString head = QString::fromLatin1(command.name) + u' ' + QString::fromLatin1(command.arguments);
        text += u"  "_s + head.leftJustified(width + 2) + QCoreApplication::translate("freshet::Cli", command.summary) + u'\n';
    }
    return text;
}

/// The first line stays "freshet VERSION (Qt VERSION)" for scripts that read it.
void printVersion(QTextStream &out)
{
    out << "freshet " << freshetVersion << " (Qt " << qVersion() << ")\n" << qtVersionsLine() << "\n\n";
    out << licensesText();
    out.flush();
}

int failUsage(QTextStream &err, const QString &message)
{
    err << "freshet: " << message << ' ' << QCoreApplication::translate("main", "Try 'freshet --help'.") << Qt::endl;
    return ExitUsageOrInput;
}

} // namespace

Invocation prescanArguments(const QStringList &arguments)
{
    Invocation invocation;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            break;
        if (argument == u"--verbose"_s || argument == u"-verbose"_s)
            invocation.verbose = true;
        else if (isGlobalOptionWithValue(argument) && i + 1 < arguments.size())
            invocation.profileDir = arguments.at(++i);
        else if (argument.startsWith(u"--profile="_s) || argument.startsWith(u"-profile="_s))
            invocation.profileDir = argument.section(u'=', 1);
    }
    qsizetype commandAt = arguments.size();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            break;
        if (argument.startsWith(u'-')) {
            if (argument == u"--help"_s || argument == u"-h"_s || argument == u"-?"_s || argument == u"--version"_s || argument == u"-v"_s)
                invocation.wantsHelpOrVersion = true;
            if (isGlobalOptionWithValue(argument) || isGuiOptionWithValue(argument))
                ++i;
            continue;
        }
        invocation.commandName = argument;
        commandAt = i;
        break;
    }
    if (invocation.commandName.isEmpty()) {
        // A mistyped option is reported like any other usage error, without needing a display.
        QCommandLineParser known;
        addGlobalOptions(known);
        declareGuiOptions(known);
        invocation.hasUnknownOption = !known.parse(arguments.mid(0, commandAt));
        invocation.hasBadGuiValue = !invocation.hasUnknownOption && !guiOptionValuesAreValid(known);
    }
    return invocation;
}

int runInvocation(const Invocation &invocation, const QStringList &arguments)
{
    // Every command's text goes through these two, so control characters from feeds and
    // servers reach the terminal as visible escapes whichever command prints them.
    TerminalOutput stdoutDevice(stdout);
    TerminalOutput stderrDevice(stderr);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);

    const Command *command = nullptr;
    if (!invocation.commandName.isEmpty()) {
        command = findCommand(invocation.commandName);
        if (!command)
            return failUsage(err, QCoreApplication::translate("main", "unknown command '%1'.").arg(invocation.commandName));
    }

    QCommandLineParser parser;
    addGlobalOptions(parser);
    if (command) {
        parser.addPositionalArgument(QString::fromLatin1(command->name), QCoreApplication::translate("freshet::Cli", command->summary));
        command->declareOptions(parser);
    } else {
        declareGuiOptions(parser);
    }

    if (!parser.parse(arguments)) {
        QString message = parser.errorText();
        if (!message.endsWith(u'.'))
            message += u'.';
        return failUsage(err, message);
    }

    if (parser.isSet(u"version"_s)) {
        printVersion(out);
        return ExitOk;
    }
    if (parser.isSet(u"help"_s)) {
        if (command) {
            out << parser.helpText();
        } else {
            out << QCoreApplication::translate("main", "Usage: freshet [--profile DIR] [COMMAND] [OPTIONS]") << "\n\n"
                << QCoreApplication::translate("main", "Without a command, Freshet opens its main window.") << "\n\n"
                << commandListText() << '\n'
                << QCoreApplication::translate("main", "'freshet COMMAND --help' describes one command.") << "\n\n";
            // QCommandLineParser's own text lists the options after its usage line and a blank
            // line; the usage line is replaced above. (Searching for "Options:" would fail in
            // languages where Qt translates that word.)
            const QString options = parser.helpText();
            const qsizetype start = options.indexOf(u"\n\n"_s);
            out << (start >= 0 ? options.mid(start + 2) : options);
        }
        return ExitOk;
    }

    const Profile profile = Profile::resolve(parser.value(profileOptionName));
    if (const Status ready = profile.ensureExists(); !ready) {
        err << "freshet: " << ready.error() << Qt::endl;
        return ExitUsageOrInput;
    }

    if (!command)
        return runGui(profile, parser);

    CommandContext context{profile, parser.positionalArguments().mid(1), out, err};
    // optionNames() holds only what was given; asking isSet() of an option a command does not
    // declare would print a warning.
    context.json = parser.optionNames().contains(u"json"_s);
    return command->run(context, parser);
}

} // namespace freshet
