// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <memory>
#include <optional>

/// A loopback HTTP/1.1 server answering each request with the canned bytes given for its
/// method and target ("POST /old/api/"), 404 otherwise, one request per connection, and
/// recording what it was asked. For protocols the project's own servers do not speak in
/// every shape (a sync API behind a redirect, say). Lives on the thread that made it. Given a
/// TLS configuration it speaks https (QSslServer), for redirects that leave or keep TLS.
class RoutedServer final : public QObject
{
public:
    /// address: where it listens; another than loopback for a request a proxy must carry.
    explicit RoutedServer(const std::optional<QSslConfiguration> &tls = std::nullopt,
                          const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
        : m_server(tls ? std::make_unique<QSslServer>() : std::make_unique<QTcpServer>())
    {
        if (tls)
            static_cast<QSslServer *>(m_server.get())->setSslConfiguration(*tls);
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                serve(socket);
        });
        m_server->listen(address);
    }

    /// `head`: the status line and any headers, without the blank line; Content-Length and
    /// Connection: close are added.
    void route(const QByteArray &methodAndTarget, const QByteArray &head, const QByteArray &body = {})
    {
        m_routes.insert(methodAndTarget, head + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    }

    /// host: "127.0.0.1", or "localhost" for an https server (its certificate's name).
    QUrl url(const QString &path, const QString &host = QStringLiteral("127.0.0.1")) const
    {
        const bool tls = qobject_cast<QSslServer *>(m_server.get()) != nullptr;
        return QUrl(QStringLiteral("%1://%2:%3%4")
                        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host)
                        .arg(m_server->serverPort())
                        .arg(path));
    }
    quint16 port() const { return m_server->serverPort(); }
    /// "METHOD target" of every request, in order.
    QList<QByteArray> requests() const { return m_requests; }
    /// Every request's head (request line and headers), in order: what a client disclosed.
    QList<QByteArray> heads() const { return m_heads; }
    /// Every request's body, in order (empty for a GET): what a client disclosed in a form.
    QList<QByteArray> bodies() const { return m_bodies; }

private:
    void serve(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buffer.left(headEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.trimmed().toLower().startsWith("content-length:"))
                    length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
            }
            if (buffer.size() < headEnd + 4 + length)
                return;
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            const QByteArray key = requestLine.value(0) + ' ' + requestLine.value(1);
            const QByteArray body = buffer.mid(headEnd + 4, length);
            m_buffers.remove(socket);
            m_requests << key;
            m_heads << head;
            m_bodies << body;
            socket->write(m_routes.value(key, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
            socket->disconnectFromHost();
        });
    }

    std::unique_ptr<QTcpServer> m_server;
    QHash<QByteArray, QByteArray> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
    QList<QByteArray> m_heads;
    QList<QByteArray> m_bodies;
};

/// A RoutedServer on a thread of its own, so it keeps answering while the test's thread is
/// blocked (runFreshet waits for the command line without an event loop). Every call hops to
/// that thread and waits for it.
class RoutedServerThread final
{
public:
    RoutedServerThread()
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
        call([this] { m_server = std::make_unique<RoutedServer>(); });
        m_url = m_server->url(QStringLiteral("/"));
    }
    ~RoutedServerThread()
    {
        call([this] { m_server.reset(); });
        m_thread.quit();
        m_thread.wait();
    }
    RoutedServerThread(const RoutedServerThread &) = delete;
    RoutedServerThread &operator=(const RoutedServerThread &) = delete;

    void route(const QByteArray &methodAndTarget, const QByteArray &head, const QByteArray &body = {})
    {
        call([&] { m_server->route(methodAndTarget, head, body); });
    }
    QUrl url(const QString &path) const { return m_url.resolved(QUrl(path)); }
    QList<QByteArray> heads()
    {
        QList<QByteArray> heads;
        call([&] { heads = m_server->heads(); });
        return heads;
    }

private:
    template <typename Function>
    void call(Function function)
    {
        QMetaObject::invokeMethod(&m_context, function, Qt::BlockingQueuedConnection);
    }

    QThread m_thread;
    QObject m_context; // lives on m_thread; destroyed after it ended
    std::unique_ptr<RoutedServer> m_server;
    QUrl m_url;
};
