// SPDX-License-Identifier: MIT
#include "guioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

void declareGuiOptions(QCommandLineParser &parser)
{
    parser.addOption({guioptions::debug, QCoreApplication::translate("main", "Show the Debug menu.")});
    parser.addOption({guioptions::noRefresh, QCoreApplication::translate("main", "Do not refresh the feeds when the window opens.")});
    parser.addOption({guioptions::firstPaint,
                      QCoreApplication::translate("main", "Print 'first-paint-ms N' once the item table is painted, then quit.")});
    parser.addOption({guioptions::formFactor,
                      QCoreApplication::translate("main", "Lay the window out for a phone (one pane at a time), a tablet or a desktop, "
                                                          "instead of choosing from the screen."),
                      u"phone|tablet|desktop"_s});
}

bool isGuiOptionWithValue(const QString &argument)
{
    return argument == u"--"_s + guioptions::formFactor || argument == u"-"_s + guioptions::formFactor;
}

} // namespace freshet
