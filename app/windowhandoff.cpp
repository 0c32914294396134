// SPDX-License-Identifier: MIT
// The headless executable's side of the window options: the window's own executable opens it.
#include "command.h"
#include "companionexecutable.h"
#include "guirunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

int cannotOpenWindow(const QString &path, const QString &reason)
{
    QTextStream(stderr) << "freshet: "
                        << QCoreApplication::translate("main", "cannot open the window: %1 (%2). Reinstall Freshet to get it back.")
                               .arg(QDir::toNativeSeparators(path), reason)
                        << Qt::endl;
    return ExitUsageOrInput;
}

} // namespace

bool guiOptionValuesAreValid(const QCommandLineParser &)
{
    return true; // the window's executable checks them, and says what is wrong without a display
}

int runGui(const Profile &, const QCommandLineParser &)
{
    const QString window = companionExecutable(QStringLiteral(FRESHET_WINDOW_EXECUTABLE), QStringLiteral(FRESHET_WINDOW_INSTALLED_DIR));
    if (!QFileInfo(window).isExecutable())
        return cannotOpenWindow(window, QCoreApplication::translate("main", "not found"));
    QStringList arguments = QCoreApplication::arguments();
#ifdef Q_OS_UNIX
    // The window takes this process over (its id, terminal and the clock its first paint is
    // measured from), so whoever started Freshet waits on the window as before.
    fflush(stdout);
    fflush(stderr);
    const QByteArray path = QFile::encodeName(window);
    std::vector<QByteArray> encoded;
    encoded.reserve(size_t(arguments.size()));
    for (const QString &argument : std::as_const(arguments))
        encoded.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    argv[0] = const_cast<char *>(path.constData());
    ::execv(path.constData(), argv.data());
    return cannotOpenWindow(window, QString::fromLocal8Bit(std::strerror(errno)));
#else
    arguments.removeFirst();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(window, arguments);
    if (!process.waitForStarted())
        return cannotOpenWindow(window, process.errorString());
    process.waitForFinished(-1);
    return process.exitCode();
#endif
}

} // namespace freshet
