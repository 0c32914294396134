// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <utility>

/// Runs one of the project's loopback servers (tools/feedserver, tools/greaderserver) for one
/// test on a free loopback port and stops it when destroyed. The server prints
/// "listening on http://127.0.0.1:PORT" first and is started with --exit-with-stdin, so even a
/// test that crashes never leaves it running. Blocks the calling (test) thread only in start()
/// and stop(), each bounded by a timeout.
class LoopbackServerProcess
{
    Q_DISABLE_COPY_MOVE(LoopbackServerProcess)

public:
    explicit LoopbackServerProcess(QString program) : m_program(std::move(program)) {}
    ~LoopbackServerProcess() { stop(); }

    /// Starts the server with extra arguments (see the server's README.md) and waits for its
    /// "listening on" line. False, with errorString(), when that does not come in time.
    bool start(const QStringList &arguments = {}, int timeoutMs = 15000)
    {
        stop();
        m_error.clear();
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(m_program);
        m_process->setArguments(QStringList(arguments) << QStringLiteral("--exit-with-stdin"));
        // The server's stderr (its --log lines) shows up in the test's output.
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start();
        const QDeadlineTimer deadline(timeoutMs);
        if (!m_process->waitForStarted(int(deadline.remainingTime()))) {
            m_error = QStringLiteral("cannot start %1: %2").arg(m_process->program(), m_process->errorString());
            return false;
        }
        QByteArray output;
        while (!deadline.hasExpired()) {
            if (!m_process->canReadLine() && !m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
                break;
            output += m_process->readAll();
            const qsizetype end = output.indexOf('\n');
            if (end < 0)
                continue;
            const QByteArray line = output.left(end).trimmed();
            const QByteArray prefix = "listening on ";
            if (!line.startsWith(prefix))
                break;
            m_baseUrl = QUrl(QString::fromUtf8(line.mid(prefix.size())));
            return m_baseUrl.isValid() && m_baseUrl.port() > 0;
        }
        m_error = QStringLiteral("%1 did not report its address; it printed: %2").arg(m_program, QString::fromUtf8(output));
        stop();
        return false;
    }

    /// Closes the server's stdin (it quits), then terminates or kills it if it lingers.
    /// True when it quit by itself with exit code 0: a sanitizer report (a leak, say) in the
    /// server makes this false, so a test's cleanupTestCase() can QVERIFY(server.stop()).
    bool stop()
    {
        if (!m_process)
            return true;
        bool clean = false;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->closeWriteChannel();
            if (m_process->waitForFinished(10000)) {
                clean = m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
            } else {
                m_process->terminate();
                if (!m_process->waitForFinished(5000)) {
                    m_process->kill();
                    m_process->waitForFinished(5000);
                }
            }
        }
        m_process.reset();
        m_baseUrl.clear();
        return clean;
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    /// The process itself, e.g. to send it a signal or read its exit code.
    QProcess *process() const { return m_process.get(); }
    /// "http://127.0.0.1:PORT".
    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return quint16(m_baseUrl.port()); }
    /// The base URL plus a path and optional query, e.g. url(u"/gen/1.xml?items=5"_s).
    QUrl url(const QString &pathAndQuery) const { return QUrl(m_baseUrl.toString() + pathAndQuery); }
    QString errorString() const { return m_error; }

private:
    QString m_program;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_error;
};
