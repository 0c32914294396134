// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <utility>

class QTcpSocket;

namespace freshet {

/// One HTTP/1.1 GET read straight from its socket on the calling thread.
///
/// Why not QNetworkAccessManager: Qt 6.4 reads HTTP on a thread of its own and hands every
/// chunk of the body to the reply's thread. For a 1 GB enclosure on a fast link those
/// hand-offs (context switches, wake-ups, an extra copy) made downloads 1.5x slower than curl
/// (bench/downloads/RESULTS.md). Feeds keep using QNAM; this client does only what a download
/// needs: GET, redirects that never go from https to http, Content-Length, chunked and
/// close-delimited bodies, TLS with certificate errors as failures, a stall timeout, and a
/// bounded read buffer so memory stays flat.
class HttpGet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpGet)

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    enum class Error {
        None,
        Connection, ///< refused, reset, closed early, DNS: worth trying again
        Timeout,    ///< nothing arrived for the stall timeout
        Tls,        ///< the certificate or handshake failed: never ignored
        Protocol,   ///< the server did not speak HTTP/1.x as it should
        Redirect,   ///< too many hops, a loop, a downgrade to http, or no Location
        UnsupportedScheme,
    };

    explicit HttpGet(QObject *parent = nullptr);
    ~HttpGet() override;

    /// Extra request headers (Range, If-Range, ...). Host, User-Agent, Accept-Encoding:
    /// identity and Connection: close are always sent; a login in the address start() gets
    /// (user:password@) as Basic, to that address's origin only, redirects or not.
    void setHeaders(Headers headers) { m_extraHeaders = std::move(headers); }
    void setStallTimeout(int milliseconds) { m_stallTimeoutMs = milliseconds; }
    void setReadBufferSize(qint64 bytes) { m_readBufferBytes = bytes; }

    void start(const QUrl &url);
    /// Closes the connection; nothing more is emitted.
    void abort();

    int status() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    /// The final response's header, first of that name (case-insensitive); empty if absent.
    QByteArray header(const QByteArray &name) const;
    /// Content-Length of the final response, or -1 when it has none (chunked or until close).
    qint64 contentLength() const { return m_contentLength; }
    QUrl url() const { return m_url; }

    qint64 bytesAvailable() const;
    /// Body bytes only, as they arrive. readyRead() is emitted again while a reader that takes
    /// something leaves more behind.
    qint64 read(char *data, qint64 maxSize);

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

signals:
    /// The final response's status line and headers are in (redirects already followed).
    void headersReady();
    void readyRead();
    /// The body is complete (error() == None) or the request failed. Emitted once.
    void finished();

private:
    enum class Stage { Idle, Connecting, StatusLine, Headers, Body, Done };
    enum class Framing { Length, Chunked, UntilClose };

    void connectTo(const QUrl &url);
    void sendRequest();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onStall();
    bool readHead();
    bool headComplete();
    bool followRedirect();
    void pumpChunked();
    void deliverBuffered();
    bool bodyComplete() const;
    void succeed();
    void fail(Error error, const QString &message);
    void dropSocket();

    Headers m_extraHeaders;
    int m_stallTimeoutMs = 30000;
    qint64 m_readBufferBytes = 1024 * 1024;

    QUrl m_url;
    QUrl m_loginGivenFor;       ///< the address start() was given, whose user info is the login
    QByteArray m_authorization; ///< from that user info; sent only to its origin (loginMayGoTo)
    QPointer<QTcpSocket> m_socket;
    QTimer m_stall;
    Stage m_stage = Stage::Idle;
    Framing m_framing = Framing::UntilClose;
    int m_redirects = 0;
    QList<QUrl> m_visited;

    int m_status = 0;
    QByteArray m_reason;
    Headers m_headers;
    qsizetype m_headBytes = 0;
    qint64 m_contentLength = -1;
    qint64 m_bodyLeft = -1; ///< Length framing: bytes of the body not yet read
    QByteArray m_decoded;   ///< Chunked framing: body bytes decoded and not yet read
    qint64 m_chunkLeft = 0; ///< Chunked framing: bytes left in the current chunk
    bool m_chunkTrailer = false;
    bool m_chunkCrlfPending = false;
    qint64 m_bodyBytesRead = 0; ///< what read() has handed out: tells whether the reader took any

    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace freshet
