// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

/// Debian's tinyproxy on a loopback port, with a generated configuration and its log in a
/// temporary folder: a real forward proxy (absolute-form GET, CONNECT tunnels, Basic proxy
/// login) whose log shows which requests went through it.
///
///     TinyProxyProcess proxy;
///     QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
///     qputenv("http_proxy", proxy.url().toUtf8());
///     ... QVERIFY(proxy.requestsFor("GET http://127.0.0.1:") == 1);
class TinyProxyProcess final
{
public:
    TinyProxyProcess() = default;
    ~TinyProxyProcess() { stop(); }
    TinyProxyProcess(const TinyProxyProcess &) = delete;
    TinyProxyProcess &operator=(const TinyProxyProcess &) = delete;

    /// With a user, the proxy lets only that login through (HTTP 407 otherwise).
    bool start(const QString &user = {}, const QString &password = {})
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"),
                                                               {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
        if (program.isEmpty()) {
            m_error = QStringLiteral("tinyproxy is not installed (tools/bootstrap.sh test installs it)");
            return false;
        }
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder for tinyproxy");
            return false;
        }
        // A port the kernel just handed out and took back: free unless another process takes it
        // in the next moment.
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost)) {
                m_error = probe.errorString();
                return false;
            }
            m_port = probe.serverPort();
        }
        QByteArray configuration = "Port " + QByteArray::number(m_port) + "\nListen 127.0.0.1\nTimeout 60\nMaxClients 20\n"
                                   + "LogLevel Info\nLogFile \"" + logPath().toUtf8() + "\"\n";
        if (!user.isEmpty())
            configuration += "BasicAuth " + user.toUtf8() + ' ' + password.toUtf8() + '\n';
        QFile file(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
        if (!file.open(QIODevice::WriteOnly) || file.write(configuration) != configuration.size()) {
            m_error = QStringLiteral("cannot write %1").arg(file.fileName());
            return false;
        }
        file.close();

        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->setStandardOutputFile(QProcess::nullDevice());
        // -d: in the foreground, so it is this object's child and stops with it.
        m_process->start(program, {QStringLiteral("-d"), QStringLiteral("-c"), file.fileName()});
        if (!m_process->waitForStarted(5000)) {
            m_error = QStringLiteral("cannot start tinyproxy: %1").arg(m_process->errorString());
            return false;
        }
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 10000) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200))
                return true;
            if (m_process->state() != QProcess::Running)
                break;
            QThread::msleep(50);
        }
        m_error = QStringLiteral("tinyproxy did not listen on port %1: %2").arg(m_port).arg(QString::fromUtf8(log()));
        return false;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(5000);
        m_process.reset();
    }

    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:PORT", or with the login written in: what http_proxy holds.
    QString url(const QString &user = {}, const QString &password = {}) const
    {
        const QString login = user.isEmpty() ? QString() : user + u':' + password + u'@';
        return QStringLiteral("http://") + login + QStringLiteral("127.0.0.1:") + QString::number(m_port);
    }

    QByteArray log() const
    {
        QFile file(logPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// How many requests the proxy took whose request line starts with `start` ("GET
    /// http://127.0.0.1:8080/feed" for one it forwarded, "CONNECT localhost:8443" for a tunnel).
    int requestsFor(const QByteArray &start) const
    {
        int count = 0;
        for (const QByteArray &line : log().split('\n')) {
            const qsizetype at = line.indexOf("): ");
            if (line.contains("Request (file descriptor") && at >= 0 && line.mid(at + 3).startsWith(start))
                ++count;
        }
        return count;
    }

    /// How many connections it opened to the address the requests named.
    int connectionsForwarded() const { return int(log().count("Established connection to host")); }

private:
    QString logPath() const { return m_dir.filePath(QStringLiteral("tinyproxy.log")); }

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};
