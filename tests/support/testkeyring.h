// SPDX-License-Identifier: MIT
#pragma once

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

/// A real Secret Service for one test: gnome-keyring-daemon with only its secrets component,
/// its login keyring created and unlocked with a throwaway password piped to its stdin, on the
/// test's private session bus. Register the test with DBUS_SESSION (tests/CMakeLists.txt): it
/// then runs under dbus-run-session, and this process, QtKeychain inside it and every child it
/// starts talk to that bus only. HOME and the XDG folders point into a temporary folder, so
/// the keyring file never lands in a real home.
///
///     TestKeyring keyring;
///     QVERIFY2(keyring.start(), qPrintable(keyring.errorString()));
class TestKeyring final
{
    Q_DISABLE_COPY_MOVE(TestKeyring)

public:
    TestKeyring() = default;
    ~TestKeyring() { stop(); }

    bool start(int timeoutMs = 20000)
    {
        if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
            m_error = QStringLiteral("no session bus: register the test with DBUS_SESSION (it runs under dbus-run-session)");
            return false;
        }
        if (!m_home.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return false;
        }
        // Set for this process too: QtKeychain (libsecret) here and the children inherit them.
        const QString runtime = m_home.filePath(QStringLiteral("run"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());

        // Never touch the service before the daemon owns its name: the bus would activate a
        // second, locked daemon from its service file, and ours would give up.
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (bus.interface()->isServiceRegistered(serviceName())) {
            m_error = QStringLiteral("a Secret Service already runs on this bus");
            return false;
        }
        m_daemon = std::make_unique<QProcess>();
        m_daemon->setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        m_daemon->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_daemon->setStandardOutputFile(QProcess::nullDevice());
        m_daemon->start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        if (!m_daemon->waitForStarted(5000)) {
            m_error = QStringLiteral("cannot start gnome-keyring-daemon (Debian: apt-get install gnome-keyring): %1").arg(m_daemon->errorString());
            return false;
        }
        // Written out before closing: nothing runs this process's event loop meanwhile.
        m_daemon->write("freshet-test-keyring");
        m_daemon->waitForBytesWritten(5000);
        m_daemon->closeWriteChannel();

        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (m_daemon->state() == QProcess::NotRunning) {
                m_error = QStringLiteral("gnome-keyring-daemon quit (exit code %1)").arg(m_daemon->exitCode());
                return false;
            }
            if (bus.interface()->isServiceRegistered(serviceName()).value() && defaultCollectionReady(bus))
                return true;
            QThread::msleep(50);
        }
        m_error = QStringLiteral("gnome-keyring-daemon did not open its login keyring in time");
        return false;
    }

    QString errorString() const { return m_error; }

    void stop()
    {
        if (!m_daemon)
            return;
        m_daemon->terminate();
        if (!m_daemon->waitForFinished(5000)) {
            m_daemon->kill();
            m_daemon->waitForFinished(2000);
        }
        m_daemon.reset();
    }

    /// Everything under the fake home (the keyring file among it).
    QString homePath() const { return m_home.path(); }

private:
    static QString serviceName() { return QStringLiteral("org.freedesktop.secrets"); }

    /// The login keyring exists and is the default, so writes have somewhere to go without a prompt.
    static bool defaultCollectionReady(QDBusConnection &bus)
    {
        QDBusMessage call = QDBusMessage::createMethodCall(serviceName(), QStringLiteral("/org/freedesktop/secrets"),
                                                           QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
        call << QStringLiteral("default");
        const QDBusMessage reply = bus.call(call, QDBus::Block, 2000);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return false;
        return reply.arguments().constFirst().value<QDBusObjectPath>().path() != QStringLiteral("/");
    }

    QTemporaryDir m_home;
    std::unique_ptr<QProcess> m_daemon;
    QString m_error;
};
