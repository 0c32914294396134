// SPDX-License-Identifier: MIT
#include "command.h"

#include "about/shippedcomponents.h"
#include "freshetversion.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

void declareInfoOptions(QCommandLineParser &parser)
{
    parser.addOption({u"licenses"_s, QCoreApplication::translate("info", "Show Freshet's license and those of the libraries it links.")});
}

int runInfo(CommandContext &context, const QCommandLineParser &parser)
{
    if (!context.arguments.isEmpty()) {
        context.err << "freshet: " << QCoreApplication::translate("main", "unexpected argument '%1'.").arg(context.arguments.constFirst())
                    << Qt::endl;
        return ExitUsageOrInput;
    }
    if (parser.isSet(u"licenses"_s)) {
        context.out << licensesText() << Qt::flush;
        return ExitOk;
    }
    context.out << QCoreApplication::translate("info", "Freshet %1 on Qt %2").arg(QString::fromLatin1(freshetVersion), QString::fromLatin1(qVersion()))
                << '\n'
                << QCoreApplication::translate("info", "Data folder:  %1").arg(context.profile.dataDir()) << '\n'
                << QCoreApplication::translate("info", "Database:     %1").arg(context.profile.databasePath()) << '\n'
                << QCoreApplication::translate("info", "Settings:     %1").arg(context.profile.settingsPath()) << '\n'
                << QCoreApplication::translate("info", "Cache folder: %1").arg(context.profile.cacheDir()) << Qt::endl;
    return ExitOk;
}

} // namespace

Command infoCommand()
{
    return {"info", QT_TRANSLATE_NOOP("freshet::Cli", "Show the version and where this profile keeps its data, or the licenses."),
            "[--licenses]", declareInfoOptions, runInfo};
}

} // namespace freshet
