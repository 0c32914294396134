// SPDX-License-Identifier: MIT
#include "httpget.h"

#include "network/authorization.h"
#include "network/httppolicy.h"
#include "network/redirecttarget.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QStringList>
#include <QTcpSocket>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

class HttpGetMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::HttpGetMessages)
};

constexpr int MaxRedirects = 10;
// A status line and headers larger than this are not a file server talking.
constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qsizetype MaxChunkLineBytes = 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QByteArray chompLine(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

HttpGet::HttpGet(QObject *parent) : QObject(parent)
{
    m_stall.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, &HttpGet::onStall);
}

HttpGet::~HttpGet()
{
    dropSocket();
}

void HttpGet::start(const QUrl &url)
{
    m_redirects = 0;
    m_visited.clear();
    m_error = Error::None;
    m_errorString.clear();
    m_loginGivenFor = url;
    m_authorization = url.userName().isEmpty() ? QByteArray() : basicAuthorization(url.userName(), url.password());
    connectTo(url);
}

void HttpGet::abort()
{
    m_stage = Stage::Done;
    m_stall.stop();
    dropSocket();
}

QByteArray HttpGet::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpGet::connectTo(const QUrl &url)
{
    dropSocket();
    m_url = url;
    m_visited.append(url);
    m_status = 0;
    m_reason.clear();
    m_headers.clear();
    m_headBytes = 0;
    m_contentLength = -1;
    m_bodyLeft = -1;
    m_decoded.clear();
    m_chunkLeft = 0;
    m_chunkTrailer = false;
    m_chunkCrlfPending = false;
    m_bodyBytesRead = 0;

    const QString scheme = url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s) {
        fail(Error::UnsupportedScheme, HttpGetMessages::tr("Only http and https downloads are supported, not \"%1\".").arg(url.scheme()));
        return;
    }
    const bool tls = scheme == u"https"_s;
    if (tls && !QSslSocket::supportsSsl()) {
        fail(Error::Tls, HttpGetMessages::tr("This system has no TLS library, so https downloads are not possible."));
        return;
    }

    QTcpSocket *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket = socket;
    socket->setReadBufferSize(m_readBufferBytes);
    connect(socket, &QTcpSocket::readyRead, this, &HttpGet::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &HttpGet::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, &HttpGet::onSocketError);
    m_stage = Stage::Connecting;
    m_stall.start(m_stallTimeoutMs);
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        connect(ssl, &QSslSocket::encrypted, this, &HttpGet::sendRequest);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList reasons;
            for (const QSslError &error : errors)
                reasons.append(error.errorString());
            fail(Error::Tls, HttpGetMessages::tr("The secure connection to %1 failed: %2").arg(m_url.host(), reasons.join(u"; "_s)));
        });
        ssl->connectToHostEncrypted(url.host(), port);
    } else {
        connect(socket, &QTcpSocket::connected, this, &HttpGet::sendRequest);
        socket->connectToHost(url.host(), port);
    }
}

void HttpGet::sendRequest()
{
    if (!m_socket || m_stage != Stage::Connecting)
        return;
    QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (m_url.hasQuery())
        target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();

    QByteArray request;
    request.reserve(512);
    request += "GET " + target + " HTTP/1.1\r\n";
    request += "Host: " + m_url.authority(QUrl::FullyEncoded | QUrl::RemoveUserInfo).toLatin1() + "\r\n";
    request += "User-Agent: " + userAgent() + "\r\n";
    // Identity only: byte ranges of a compressed representation would not resume a file.
    request += "Accept-Encoding: identity\r\n";
    request += "Connection: close\r\n";
    // Not the hop's own user info: a redirect's Location is the server's to write, and
    // resolving one drops the login even on the same origin.
    if (!m_authorization.isEmpty() && loginMayGoTo(m_loginGivenFor, m_url))
        request += "Authorization: " + m_authorization + "\r\n";
    for (const auto &[name, value] : std::as_const(m_extraHeaders))
        request += name + ": " + value + "\r\n";
    request += "\r\n";
    m_stage = Stage::StatusLine;
    m_socket->write(request);
}

void HttpGet::onReadyRead()
{
    if (!m_socket)
        return;
    m_stall.start(m_stallTimeoutMs);
    if (m_stage == Stage::StatusLine || m_stage == Stage::Headers) {
        if (!readHead())
            return;
    }
    if (m_stage != Stage::Body)
        return;
    if (m_framing == Framing::Chunked)
        pumpChunked();
    if (m_stage != Stage::Body)
        return;
    deliverBuffered();
    if (m_stage == Stage::Body && bodyComplete())
        succeed();
}

/// Emits readyRead() until the reader has taken everything buffered or stops taking: reading
/// a chunked body decodes more of it, which no new socket data would announce.
void HttpGet::deliverBuffered()
{
    while (m_stage == Stage::Body && bytesAvailable() > 0) {
        const qint64 readBefore = m_bodyBytesRead;
        emit readyRead();
        if (m_stage == Stage::Body && m_framing == Framing::Chunked)
            pumpChunked();
        if (m_bodyBytesRead == readBefore)
            return;
    }
}

/// Reads the status line and headers as far as they have arrived. True once the final
/// response's body can be read; false while waiting, after a redirect, or on failure.
bool HttpGet::readHead()
{
    while (m_socket && (m_stage == Stage::StatusLine || m_stage == Stage::Headers)) {
        if (!m_socket->canReadLine()) {
            if (m_headBytes + m_socket->bytesAvailable() > MaxHeadBytes)
                fail(Error::Protocol, HttpGetMessages::tr("The server sent more than %1 KiB of headers.").arg(MaxHeadBytes / 1024));
            return false;
        }
        const QByteArray raw = m_socket->readLine(MaxHeadBytes);
        m_headBytes += raw.size();
        if (m_headBytes > MaxHeadBytes) {
            fail(Error::Protocol, HttpGetMessages::tr("The server sent more than %1 KiB of headers.").arg(MaxHeadBytes / 1024));
            return false;
        }
        const QByteArray line = chompLine(raw);
        if (m_stage == Stage::StatusLine) {
            // "HTTP/1.1 206 Partial Content"; the reason phrase may be empty.
            const QList<QByteArray> parts = line.split(' ');
            bool ok = false;
            const int status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
            if (!line.startsWith("HTTP/1.") || !ok || status < 100 || status > 999) {
                fail(Error::Protocol, HttpGetMessages::tr("The server did not answer with HTTP/1.x."));
                return false;
            }
            m_status = status;
            m_reason = parts.size() >= 3 ? line.mid(parts.at(0).size() + parts.at(1).size() + 2) : QByteArray();
            m_headers.clear();
            m_stage = Stage::Headers;
            continue;
        }
        if (!line.isEmpty()) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                fail(Error::Protocol, HttpGetMessages::tr("The server sent a malformed header line."));
                return false;
            }
            m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            continue;
        }
        // The blank line: the head is complete.
        if (m_status >= 100 && m_status < 200) {
            m_stage = Stage::StatusLine; // 100 Continue and friends: the real answer follows
            continue;
        }
        return headComplete();
    }
    return false;
}

bool HttpGet::headComplete()
{
    if (isRedirect(m_status))
        return followRedirect();

    const QByteArray transferEncoding = header("Transfer-Encoding").toLower();
    bool lengthOk = false;
    const qint64 length = header("Content-Length").toLongLong(&lengthOk);
    if (m_status == 204 || m_status == 304) {
        m_framing = Framing::Length;
        m_bodyLeft = 0;
    } else if (transferEncoding.contains("chunked")) {
        m_framing = Framing::Chunked;
    } else if (lengthOk && length >= 0) {
        m_framing = Framing::Length;
        m_contentLength = length;
        m_bodyLeft = length;
    } else if (!header("Content-Length").isEmpty()) {
        fail(Error::Protocol, HttpGetMessages::tr("The server sent an invalid Content-Length."));
        return false;
    } else {
        m_framing = Framing::UntilClose;
    }
    m_stage = Stage::Body;
    emit headersReady();
    return m_stage == Stage::Body;
}

bool HttpGet::followRedirect()
{
    const QUrl next = redirectTarget(m_url, header("Location"));
    if (!next.isValid()) {
        fail(Error::Redirect, HttpGetMessages::tr("The server redirected (%1) without saying where to.").arg(m_status));
        return false;
    }
    if (++m_redirects > MaxRedirects) {
        fail(Error::Redirect, HttpGetMessages::tr("The server redirected more than %1 times.").arg(MaxRedirects));
        return false;
    }
    if (m_visited.contains(next)) {
        fail(Error::Redirect, HttpGetMessages::tr("The server's redirects go round in a loop."));
        return false;
    }
    if (redirectDowngrades(m_url, next)) {
        fail(Error::Redirect, HttpGetMessages::tr("The server redirected from https to an insecure address; not followed."));
        return false;
    }
    connectTo(next);
    return false;
}

void HttpGet::pumpChunked()
{
    while (m_socket && m_stage == Stage::Body && m_bodyLeft != 0 && m_decoded.size() < m_readBufferBytes) {
        if (m_chunkLeft > 0) {
            const qint64 want = std::min<qint64>(m_chunkLeft, m_readBufferBytes - m_decoded.size());
            const QByteArray data = m_socket->read(want);
            if (data.isEmpty())
                return;
            m_decoded += data;
            m_chunkLeft -= data.size();
            if (m_chunkLeft == 0)
                m_chunkCrlfPending = true;
            continue;
        }
        if (!m_socket->canReadLine()) {
            if (m_socket->bytesAvailable() > MaxChunkLineBytes)
                fail(Error::Protocol, HttpGetMessages::tr("The server sent a malformed chunked body."));
            return;
        }
        const QByteArray line = chompLine(m_socket->readLine(MaxChunkLineBytes));
        if (m_chunkCrlfPending) {
            m_chunkCrlfPending = false;
            if (!line.isEmpty()) {
                fail(Error::Protocol, HttpGetMessages::tr("The server sent a malformed chunked body."));
                return;
            }
            continue;
        }
        if (m_chunkTrailer) {
            if (line.isEmpty())
                m_bodyLeft = 0; // the blank line after the trailer ends the body
            continue;
        }
        bool ok = false;
        const qsizetype extension = line.indexOf(';');
        const qint64 size = (extension < 0 ? line : line.left(extension)).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            fail(Error::Protocol, HttpGetMessages::tr("The server sent a malformed chunked body."));
            return;
        }
        if (size == 0)
            m_chunkTrailer = true;
        else
            m_chunkLeft = size;
    }
}

qint64 HttpGet::bytesAvailable() const
{
    if (m_stage != Stage::Body || !m_socket)
        return 0;
    switch (m_framing) {
    case Framing::Chunked: return m_decoded.size();
    case Framing::Length: return std::min(m_socket->bytesAvailable(), m_bodyLeft);
    case Framing::UntilClose: return m_socket->bytesAvailable();
    }
    return 0;
}

qint64 HttpGet::read(char *data, qint64 maxSize)
{
    if (m_stage != Stage::Body || !m_socket || maxSize <= 0)
        return 0;
    if (m_framing == Framing::Chunked) {
        const qint64 n = std::min<qint64>(maxSize, m_decoded.size());
        std::memcpy(data, m_decoded.constData(), size_t(n));
        m_decoded.remove(0, n);
        m_bodyBytesRead += n;
        if (m_decoded.isEmpty())
            pumpChunked();
        return n;
    }
    if (m_framing == Framing::Length)
        maxSize = std::min(maxSize, m_bodyLeft);
    const qint64 n = std::max<qint64>(m_socket->read(data, maxSize), 0);
    if (m_framing == Framing::Length)
        m_bodyLeft -= n;
    m_bodyBytesRead += n;
    return n;
}

bool HttpGet::bodyComplete() const
{
    switch (m_framing) {
    case Framing::Length: return m_bodyLeft == 0;
    case Framing::Chunked: return m_bodyLeft == 0 && m_decoded.isEmpty();
    case Framing::UntilClose: return false;
    }
    return false;
}

void HttpGet::onDisconnected()
{
    if (m_stage == Stage::Done || !m_socket)
        return;
    if (m_stage != Stage::Body) {
        fail(Error::Connection, HttpGetMessages::tr("The server closed the connection before answering."));
        return;
    }
    // What arrived before the close is still in the socket's buffer: hand it over first.
    if (m_framing == Framing::Chunked)
        pumpChunked();
    deliverBuffered();
    if (m_stage != Stage::Body)
        return;
    if (m_framing == Framing::UntilClose || bodyComplete())
        succeed();
    else
        fail(Error::Connection, HttpGetMessages::tr("The connection was closed before the whole file arrived."));
}

void HttpGet::onSocketError()
{
    if (!m_socket || m_stage == Stage::Done)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    // A close is handled in onDisconnected, once the buffered bytes are read.
    if (error == QAbstractSocket::RemoteHostClosedError)
        return;
    if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError
        || error == QAbstractSocket::SslInvalidUserDataError) {
        fail(Error::Tls, HttpGetMessages::tr("The secure connection to %1 failed: %2").arg(m_url.host(), m_socket->errorString()));
        return;
    }
    fail(Error::Connection, HttpGetMessages::tr("Connection to %1 failed: %2").arg(m_url.host(), m_socket->errorString()));
}

void HttpGet::onStall()
{
    if (m_stage == Stage::Done)
        return;
    fail(Error::Timeout, HttpGetMessages::tr("Nothing arrived from %1 for %2 seconds.").arg(m_url.host()).arg(m_stallTimeoutMs / 1000));
}

void HttpGet::succeed()
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    m_stall.stop();
    dropSocket();
    emit finished();
}

void HttpGet::fail(Error error, const QString &message)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    m_error = error;
    m_errorString = message;
    m_stall.stop();
    dropSocket();
    emit finished();
}

void HttpGet::dropSocket()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace freshet
