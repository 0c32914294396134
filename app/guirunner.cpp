#include "guirunner.h"

#include "command.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
const QString debugOptionName = u"debug"_s;
}

void declareGuiOptions(QCommandLineParser &parser)
{
    parser.addOption({debugOptionName, QCoreApplication::translate("main", "Show the Debug menu.")});
}

int runGui(const Profile &profile, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "freshet: "
                            << QCoreApplication::translate("main", "unexpected argument '%1'.").arg(parser.positionalArguments().constFirst())
                            << Qt::endl;
        return ExitUsageOrInput;
    }

    MainWindow::Options options;
    options.showDebugMenu = parser.isSet(debugOptionName);
    options.profileDir = profile.dataDir();

    MainWindow window(options);
    window.show();
    return QApplication::exec();
}

} // namespace freshet
