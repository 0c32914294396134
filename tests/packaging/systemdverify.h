// SPDX-License-Identifier: MIT
#pragma once

#include "commandrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

/// Runs `systemd-analyze --user verify` on installed unit files. systemd checks that ExecStart
/// names an executable, but takes no --root for user units: when the files were installed
/// into a staging root, copies are checked with that root put in front of the ExecStart path.
/// An unset finished flag with an empty report means systemd-analyze is not installed.
inline CommandRun verifyUserUnits(const QStringList &unitFiles, const QString &stagingRoot, const QString &scratch)
{
    const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
    if (analyze.isEmpty())
        return {};
    const QString config = scratch + QStringLiteral("/verify-config");
    const QString unitDir = config + QStringLiteral("/systemd/user");
    const QString runtime = scratch + QStringLiteral("/verify-runtime");
    QDir().mkpath(unitDir);
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QStringList checked;
    for (const QString &path : unitFiles) {
        if (stagingRoot.isEmpty()) {
            checked << path;
            continue;
        }
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly | QIODevice::Text)) {
            CommandRun failed;
            failed.finished = true;
            failed.err = QStringLiteral("cannot read ") + path;
            return failed;
        }
        QString text = QString::fromUtf8(in.readAll());
        text.replace(QStringLiteral("ExecStart=\""), QStringLiteral("ExecStart=\"") + stagingRoot);
        const QString copy = unitDir + u'/' + QFileInfo(path).fileName();
        QFile out(copy);
        if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0) {
            CommandRun failed;
            failed.finished = true;
            failed.err = QStringLiteral("cannot write ") + copy;
            return failed;
        }
        checked << copy;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    return runCommand(analyze, QStringList{QStringLiteral("--user"), QStringLiteral("--man=no"), QStringLiteral("verify")} + checked, environment);
}
