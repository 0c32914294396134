// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QHash>
#include <QString>

/// Reads the env file (KEY=VALUE lines) that a server fixture's start script writes into its
/// state folder, for the tests that use that server (tt-rss, FreshRSS). Answers why a test
/// cannot use the server ("no tt-rss server: …"), or nothing when the values were read.
inline QString readFixtureEnv(const QString &stateDir, const QString &script, const QString &server, const QString &fixture,
                              QHash<QString, QString> *values)
{
    if (stateDir.isEmpty() || script.isEmpty())
        return QStringLiteral("no %1 server: run this test through CTest (fixture %2)").arg(server, fixture);
    QFile file(stateDir + QStringLiteral("/env"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("no %1 server: %2 is missing (did %3_start run?)").arg(server, file.fileName(), fixture);
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            values->insert(line.left(equals), line.mid(equals + 1));
    }
    return {};
}
