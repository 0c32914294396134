// SPDX-License-Identifier: MIT
#pragma once

#include "greaderapi.h"

#include <QString>
#include <QStringList>

/// What the command line sets.
struct GReaderServerOptions
{
    quint16 port = 0; ///< 0: the kernel picks a free port
    ApiOptions api;
    bool log = false;
    bool exitWithStdin = false;
};

/// The options, or the text to print and the exit code (--help, a bad option).
struct ParsedGReaderOptions
{
    GReaderServerOptions options;
    bool exitNow = false;
    int exitCode = 0;
    QString message;
};

ParsedGReaderOptions parseGReaderOptions(const QStringList &arguments);
