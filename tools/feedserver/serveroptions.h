// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/// Everything the command line can set. Defaults make a useful server with no options at all.
struct ServerOptions
{
    quint16 port = 0; ///< 0: the kernel picks a free port
    QString portFile;
    QString fixturesDir;
    int feeds = 100;
    int items = 20;
    int newItemEverySeconds = 0; ///< 0: generated feeds only change when bumped
    int contentBytes = 0;        ///< article HTML per generated item; 0: a summary only
    int latencyMs = 0;
    QString authUser = QStringLiteral("freshet");
    QString authPassword = QStringLiteral("secret");
    QString authToken = QStringLiteral("freshet-token");
    bool demo = false;
    bool log = false;
    bool exitWithStdin = false;
    int maxConnections = 512;
    int idleTimeoutSeconds = 60;
    /// Also listen on 127.0.0.2 … 127.0.0.(1 + N), the same port: as many host names as a
    /// person's subscriptions have, so per-host limits stop hiding a client's concurrency.
    int extraLoopbackHosts = 0;
};

/// The outcome of reading the command line: options, or the text to print and the exit code.
struct ParsedOptions
{
    ServerOptions options;
    bool exitNow = false; ///< --help, --version or an error: print message and exit
    int exitCode = 0;
    QString message;
};

ParsedOptions parseServerOptions(const QStringList &arguments);
