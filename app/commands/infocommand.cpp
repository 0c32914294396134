// SPDX-License-Identifier: MIT
#include "command.h"

#include "freshetversion.h"

#include <QCoreApplication>

namespace freshet {

namespace {

void declareInfoOptions(QCommandLineParser &) {}

int runInfo(CommandContext &context, const QCommandLineParser &)
{
    if (!context.arguments.isEmpty()) {
        context.err << "freshet: " << QCoreApplication::translate("main", "unexpected argument '%1'.").arg(context.arguments.constFirst()) << Qt::endl;
        return ExitUsageOrInput;
    }
    context.out << QCoreApplication::translate("info", "Freshet %1 on Qt %2").arg(QString::fromLatin1(freshetVersion), QString::fromLatin1(qVersion())) << '\n'
                << QCoreApplication::translate("info", "Data folder:  %1").arg(context.profile.dataDir()) << '\n'
                << QCoreApplication::translate("info", "Database:     %1").arg(context.profile.databasePath()) << '\n'
                << QCoreApplication::translate("info", "Settings:     %1").arg(context.profile.settingsPath()) << '\n'
                << QCoreApplication::translate("info", "Cache folder: %1").arg(context.profile.cacheDir()) << Qt::endl;
    return ExitOk;
}

} // namespace

Command infoCommand()
{
    return {"info", QT_TRANSLATE_NOOP("freshet::Cli", "Show the version and where this profile keeps its data."), "",
            declareInfoOptions, runInfo};
}

} // namespace freshet
