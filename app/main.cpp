// SPDX-License-Identifier: MIT
#include "diagnostics/logcategories.h"
#include "freshetversion.h"
#include "launcher.h"
#include "localtimezone.h"
#include "translations.h"

#include <QCoreApplication>

#if FRESHET_WINDOW_IN_PROCESS
#include "firstpaintprobe.h"

#include <QApplication>
#endif

#include <memory>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
#if FRESHET_WINDOW_IN_PROCESS
    freshet::millisecondsSinceProcessStart(); // starts the clock --quit-after-first-paint reads
#endif
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const freshet::Invocation invocation = freshet::prescanArguments(rawArguments);
    if (invocation.verbose)
        freshet::enableVerboseLogging();
    if (!invocation.needsGui())
        freshet::readLocalTimeZoneOnce();

    // Commands must work on a machine with no display (CI, ssh, the OS scheduler), so only the
    // window gets a QApplication.
    QCoreApplication::setApplicationName(u"freshet"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(freshet::freshetVersion));
    std::unique_ptr<QCoreApplication> app;
#if FRESHET_WINDOW_IN_PROCESS
    if (invocation.needsGui()) {
        QApplication::setApplicationDisplayName(u"Freshet"_s);
        QApplication::setDesktopFileName(u"freshet"_s);
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    freshet::installTranslations(*app, invocation.profileDir);

    return freshet::runInvocation(invocation, QCoreApplication::arguments());
}
