// SPDX-License-Identifier: MIT
// freshet-feedserver: the loopback feed server. Prints exactly one line to stdout,
// "listening on http://127.0.0.1:PORT", once it accepts connections.
#include "demo.h"
#include "feedserver.h"
#include "serveroptions.h"
#include "shutdownwatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"freshet-feedserver"_s);

    const ParsedOptions parsed = parseServerOptions(QCoreApplication::arguments());
    if (parsed.exitNow) {
        std::fprintf(parsed.exitCode == 0 ? stdout : stderr, "%s\n", qPrintable(parsed.message));
        return parsed.exitCode;
    }
    const ServerOptions &options = parsed.options;

    ShutdownWatcher watcher(options.exitWithStdin);
    QObject::connect(&watcher, &ShutdownWatcher::shutdownRequested, &app, &QCoreApplication::quit);

    FeedServer server(options);
    if (options.demo)
        server.prepareDemo();
    if (const QString error = server.listen(); !error.isEmpty()) {
        std::fprintf(stderr, "freshet-feedserver: cannot listen on 127.0.0.1:%u: %s\n", unsigned(options.port), qPrintable(error));
        return 1;
    }
    if (!options.portFile.isEmpty()) {
        // Written atomically, so a script polling for the file never reads half a number.
        QSaveFile file(options.portFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(server.port()) + '\n') < 0 || !file.commit()) {
            std::fprintf(stderr, "freshet-feedserver: cannot write %s\n", qPrintable(options.portFile));
            return 1;
        }
    }
    std::fprintf(stdout, "listening on %s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);
    if (options.demo) {
        for (const QString &url : Demo::feedUrls(server.baseUrl()))
            std::fprintf(stderr, "demo: %s\n", qPrintable(url));
        std::fflush(stderr);
    }
    return QCoreApplication::exec();
}
