// SPDX-License-Identifier: MIT
// freshet-greaderserver: the loopback Google Reader API server. Prints exactly one line to
// stdout, "listening on http://127.0.0.1:PORT", once it accepts connections; the API is under
// /api/greader.php on that address.
#include "greaderoptions.h"
#include "greaderserver.h"
#include "shutdownwatcher.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"freshet-greaderserver"_s);

    const ParsedGReaderOptions parsed = parseGReaderOptions(QCoreApplication::arguments());
    if (parsed.exitNow) {
        std::fprintf(parsed.exitCode == 0 ? stdout : stderr, "%s\n", qPrintable(parsed.message));
        return parsed.exitCode;
    }

    ShutdownWatcher watcher(parsed.options.exitWithStdin);
    QObject::connect(&watcher, &ShutdownWatcher::shutdownRequested, &app, &QCoreApplication::quit);

    GReaderServer server(parsed.options);
    if (const QString error = server.listen(); !error.isEmpty()) {
        std::fprintf(stderr, "freshet-greaderserver: cannot listen on 127.0.0.1:%u: %s\n", unsigned(parsed.options.port), qPrintable(error));
        return 1;
    }
    std::fprintf(stdout, "listening on %s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
