// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/// Runs the built `freshet` binary the way a person or the OS scheduler would, and keeps what
/// it printed.
struct CliRun
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;
};

inline CliRun runFreshet(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                         const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QString::fromLocal8Bit(FRESHET_BINARY), arguments);
    CliRun run;
    if (!process.waitForStarted(timeoutMs))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// Subscribes the profile to these addresses through `import`, which stores addresses as given:
/// `add` looks each one up and refuses a feed that fails or cannot be reached now, and tests of
/// failing feeds need such feeds.
inline bool subscribeAsGiven(const QString &profileDir, const QStringList &urls)
{
    QFile opml(QDir(profileDir).filePath(QStringLiteral("as-given.opml")));
    if (!opml.open(QIODevice::WriteOnly))
        return false;
    opml.write("<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>");
    for (const QString &address : urls)
        opml.write("<outline type=\"rss\" text=\"feed\" xmlUrl=\"" + address.toHtmlEscaped().toUtf8() + "\"/>");
    opml.write("</body></opml>");
    opml.close();
    return runFreshet({QStringLiteral("--profile"), profileDir, QStringLiteral("import"), opml.fileName()}).exitCode == 0;
}

/// `freshet --profile DIR …` on one scratch profile, for tests that run many commands on it.
class ProfileCli final
{
public:
    bool isValid() const { return m_profile.isValid(); }
    QString path() const { return m_profile.path(); }

    CliRun operator()(QStringList arguments, int timeoutMs = 120000) const
    {
        arguments.prepend(m_profile.path());
        arguments.prepend(QStringLiteral("--profile"));
        return runFreshet(arguments, QProcessEnvironment::systemEnvironment(), {}, timeoutMs);
    }

private:
    QTemporaryDir m_profile;
};
