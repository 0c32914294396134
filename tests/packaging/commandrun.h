// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// What an external tool (cmake, dpkg, a validator) printed and how it ended.
struct CommandRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;

    bool ok() const { return finished && exitCode == 0; }
    /// For QVERIFY2: the command's own words when it failed.
    QString report() const { return out + u'\n' + err; }
};

inline CommandRun runCommand(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CommandRun run;
    if (!process.waitForStarted(timeoutMs)) {
        run.err = program + QStringLiteral(": ") + process.errorString();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = program + QStringLiteral(" did not finish in time");
    } else {
        run.finished = process.exitStatus() == QProcess::NormalExit;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    return run;
}
