// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <curl/curl.h>

#include <memory>
#include <utility>
#include <vector>

namespace freshet {

class CurlMulti;

/// One GET through libcurl on the calling thread, driven by its event loop (CurlMulti).
///
/// Why not QNetworkAccessManager: Qt 6.4 reads HTTP on a thread of its own and hands every
/// chunk of the body to the reply's thread. For a 1 GB enclosure on a fast link those
/// hand-offs (context switches, wake-ups, an extra copy) made downloads 1.5x slower than curl
/// (bench/downloads/RESULTS.md). libcurl reads on this thread and hands each block it read
/// straight to the reader; it brings HTTP/2, the system's proxy (with its login, through
/// CONNECT for https) and a tested HTTP parser. What this class adds: redirects that never go
/// from https to http and stop at loops, TLS with certificate errors as failures (trusting
/// what Qt's default TLS configuration trusts, too), a stall timeout, and a bounded buffer for
/// what the reader has not taken, so memory stays flat.
class HttpGet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpGet)

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    enum class Error {
        None,
        Connection, ///< refused, reset, closed early, DNS, a handshake cut off: worth trying again
        Timeout,    ///< nothing arrived for the stall timeout
        Tls,        ///< the certificate was refused (never ignored), or TLS settings that cannot work
        Protocol,   ///< the server did not speak HTTP as it should
        Redirect,   ///< too many hops, a loop, a downgrade to http, or no Location
        UnsupportedScheme,
        NoLibcurl, ///< libcurl, loaded by the first download, is missing or broken
    };

    explicit HttpGet(QObject *parent = nullptr);
    ~HttpGet() override;

    /// Extra request headers (Range, If-Range, ...). Host, User-Agent, Accept-Encoding:
    /// identity and Connection: close are always sent; a login in the address start() gets
    /// (user:password@) as Basic, to that address's origin only, redirects or not (libcurl's
    /// rule: same scheme, host and port, as loginMayGoTo()).
    void setHeaders(Headers headers) { m_extraHeaders = std::move(headers); }
    void setStallTimeout(int milliseconds) { m_stallTimeoutMs = milliseconds; }
    /// How much of the body the reader may leave untaken before reading from the network pauses.
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
    // headersReady() and readyRead() come from inside libcurl's callbacks: a receiver may
    // abort() (it takes effect as libcurl returns) but deletes this object with deleteLater().

    /// The final response's status line and headers are in (redirects already followed).
    void headersReady();
    void readyRead();
    /// The body is complete (error() == None) or the request failed. Emitted once.
    void finished();

private:
    enum class Stage { Idle, Head, Body, Done };

    static size_t onHeaderLine(char *data, size_t size, size_t count, void *self);
    static size_t onBody(char *data, size_t size, size_t count, void *self);
    size_t headerLine(const char *data, size_t size);
    size_t body(const char *data, size_t size);
    bool headComplete();
    bool mayFollow(const QByteArray &location);
    void deliver();
    void onTransferDone(CURLcode result);
    void resumeIfRoom();
    void onStall();
    void fail(Error error, const QString &message);
    void release();
    qint64 pendingBytes() const { return qint64(m_pending.size()) - m_pendingRead; }

    Headers m_extraHeaders;
    int m_stallTimeoutMs = 30000;
    qint64 m_readBufferBytes = 1024 * 1024;

    std::unique_ptr<CurlMulti> m_multi;
    CURL *m_easy = nullptr;
    curl_slist *m_requestHeaders = nullptr;
    char m_curlError[CURL_ERROR_SIZE] = {};
    bool m_running = false;       ///< m_easy is in m_multi
    int m_inCallback = 0;         ///< inside one of libcurl's callbacks: it must not be re-entered
    bool m_finishPending = false; ///< failed inside a callback; finished() follows libcurl's report

    QUrl m_url;
    QList<QUrl> m_visited;
    QTimer m_stall;
    QElapsedTimer m_sinceActivity;
    Stage m_stage = Stage::Idle;

    int m_status = 0;
    QByteArray m_reason;
    qint64 m_contentLength = -1;

    /// The block libcurl is handing over right now: the reader takes from it without a copy.
    const char *m_incoming = nullptr;
    qint64 m_incomingLeft = 0;
    /// What the reader left of earlier blocks, from m_pendingRead on: at most about
    /// m_readBufferBytes, since libcurl is paused (holding its block) once that is reached.
    std::vector<char> m_pending;
    qint64 m_pendingRead = 0;
    bool m_paused = false;
    bool m_resumeQueued = false;
    qint64 m_bodyBytesRead = 0; ///< what read() has handed out: tells whether the reader took any

    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace freshet
