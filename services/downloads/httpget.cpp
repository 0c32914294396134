// SPDX-License-Identifier: MIT
#include "httpget.h"

#include "curlmulti.h"
#include "curlproxy.h"
#include "libcurlbinding.h"
#include "network/httppolicy.h"
#include "network/redirecttarget.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

class HttpGetMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::HttpGetMessages)
};

constexpr long MaxRedirects = 10;
// libcurl's default is 16 KiB: a bigger block means fewer hand-overs for a 1 GB file, and the
// reader still takes it without a copy.
constexpr long ReceiveBlockBytes = 256 * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isWebScheme(const QString &scheme)
{
    return scheme == u"http"_s || scheme == u"https"_s;
}

bool isTlsFailure(CURLcode code)
{
    switch (code) {
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_USE_SSL_FAILED: return true;
    default: return false;
    }
}

/// Certificates added to Qt's default TLS configuration (an organisation's own authority, or a
/// test's) are trusted here as they are by every QNAM request; libcurl still reads the
/// system's store (its CA path) besides. Empty when nothing was added: Qt then loads the
/// system's certificates on demand and lists none.
QByteArray addedCaCertificates()
{
    QByteArray pem;
    const QList<QSslCertificate> certificates = QSslConfiguration::defaultConfiguration().caCertificates();
    for (const QSslCertificate &certificate : certificates)
        pem += certificate.toPem();
    return pem;
}

} // namespace

HttpGet::HttpGet(QObject *parent) : QObject(parent)
{
    m_stall.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, &HttpGet::onStall);
}

HttpGet::~HttpGet()
{
    release();
    if (m_easy)
        curl_easy_cleanup(m_easy);
    curl_slist_free_all(m_requestHeaders);
}

void HttpGet::start(const QUrl &url)
{
    release();
    if (m_easy)
        curl_easy_cleanup(m_easy);
    m_easy = nullptr;
    curl_slist_free_all(m_requestHeaders);
    m_requestHeaders = nullptr;
    m_url = url.adjusted(QUrl::RemoveUserInfo);
    m_visited = {m_url};
    m_error = Error::None;
    m_errorString.clear();
    m_status = 0;
    m_reason.clear();
    m_contentLength = -1;
    m_pending.clear();
    m_pendingRead = 0;
    m_paused = false;
    m_bodyBytesRead = 0;
    m_finishPending = false;
    m_stage = Stage::Head;

    const QString scheme = url.scheme().toLower();
    if (!isWebScheme(scheme)) {
        fail(Error::UnsupportedScheme, HttpGetMessages::tr("Only http and https downloads are supported, not \"%1\".").arg(url.scheme()));
        return;
    }
    if (QString why; !loadLibcurl(&why)) {
        fail(Error::NoLibcurl, HttpGetMessages::tr("Downloads need libcurl (libcurl.so.4), which could not be loaded: %1").arg(why));
        return;
    }
    if (!m_multi)
        m_multi = std::make_unique<CurlMulti>();
    m_easy = curl_easy_init();
    CURL *easy = m_easy;
    m_curlError[0] = '\0';
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, m_curlError);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_URL, m_url.toEncoded().constData());
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    // Once on https, never back to http: checked per hop in mayFollow() as well, since a chain
    // that started on http may reach https and must then stay there too.
    curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, scheme == u"https"_s ? "https" : "http,https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(easy, CURLOPT_MAXREDIRS, MaxRedirects);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, userAgent().constData());
    curl_easy_setopt(easy, CURLOPT_BUFFERSIZE, ReceiveBlockBytes);
    // The proxy's "200 Connection established" is not the server's answer.
    curl_easy_setopt(easy, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
    if (!url.userName().isEmpty()) {
        // Sent as Basic at once, and only to this scheme, host and port (CURLOPT_UNRESTRICTED_AUTH
        // stays off): a redirect elsewhere goes without it.
        curl_easy_setopt(easy, CURLOPT_USERNAME, url.userName(QUrl::FullyDecoded).toUtf8().constData());
        curl_easy_setopt(easy, CURLOPT_PASSWORD, url.password(QUrl::FullyDecoded).toUtf8().constData());
        curl_easy_setopt(easy, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
    }
    if (QByteArray authorities = addedCaCertificates(); !authorities.isEmpty()) {
        curl_blob blob{authorities.data(), size_t(authorities.size()), CURL_BLOB_COPY};
        curl_easy_setopt(easy, CURLOPT_CAINFO_BLOB, &blob);
    }
    useSystemProxy(easy, m_url);

    // Identity only: byte ranges of a compressed representation would not resume a file.
    m_requestHeaders = curl_slist_append(m_requestHeaders, "Accept-Encoding: identity");
    m_requestHeaders = curl_slist_append(m_requestHeaders, "Connection: close");
    for (const auto &[name, value] : std::as_const(m_extraHeaders))
        m_requestHeaders = curl_slist_append(m_requestHeaders, QByteArray(name + ": " + value).constData());
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, m_requestHeaders);

    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &HttpGet::onHeaderLine);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &HttpGet::onBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, this);

    m_sinceActivity.start();
    m_stall.start(m_stallTimeoutMs);
    m_running = true;
    m_multi->add(easy, [this](CURLcode result) { onTransferDone(result); });
}

void HttpGet::abort()
{
    m_stage = Stage::Done;
    m_finishPending = false;
    m_stall.stop();
    // Inside a callback the callback's answer stops libcurl; the handle goes when it reports.
    if (m_inCallback == 0)
        release();
}

QByteArray HttpGet::header(const QByteArray &name) const
{
    curl_header *found = nullptr;
    if (!m_easy || curl_easy_header(m_easy, name.constData(), 0, CURLH_HEADER, -1, &found) != CURLHE_OK || !found)
        return {};
    return QByteArray(found->value);
}

size_t HttpGet::onHeaderLine(char *data, size_t size, size_t count, void *self)
{
    auto *get = static_cast<HttpGet *>(self);
    ++get->m_inCallback;
    const size_t taken = get->headerLine(data, size * count);
    --get->m_inCallback;
    return taken;
}

size_t HttpGet::onBody(char *data, size_t size, size_t count, void *self)
{
    auto *get = static_cast<HttpGet *>(self);
    ++get->m_inCallback;
    const size_t taken = get->body(data, size * count);
    --get->m_inCallback;
    return taken;
}

/// One line of a response's head as libcurl parsed it, for every response: interim (1xx),
/// each redirect hop, the final one and the trailers of a chunked body.
size_t HttpGet::headerLine(const char *data, size_t size)
{
    if (m_stage == Stage::Done)
        return 0;
    m_sinceActivity.restart();
    const QByteArrayView line(data, qsizetype(size));
    if (line.startsWith("HTTP/")) {
        m_stage = Stage::Head;
        long status = 0;
        curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status);
        m_status = int(status);
        // "HTTP/1.1 206 Partial Content": the reason is what follows the code (none in HTTP/2).
        const qsizetype code = line.indexOf(' ');
        const qsizetype reason = code < 0 ? -1 : line.indexOf(' ', code + 1);
        m_reason = reason < 0 ? QByteArray() : line.sliced(reason + 1).trimmed().toByteArray();
        char *effective = nullptr;
        if (curl_easy_getinfo(m_easy, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective)
            m_url = QUrl::fromEncoded(effective);
        return size;
    }
    if (m_stage == Stage::Head && line.trimmed().isEmpty())
        return headComplete() ? size : 0;
    return size;
}

/// The blank line after a head. False stops the transfer (a refused redirect, or a reader
/// that aborted on headersReady()).
bool HttpGet::headComplete()
{
    if (m_status < 200)
        return true; // 100 Continue and friends: the real answer follows
    const QByteArray location = header("Location");
    if (m_status >= 300 && m_status < 400 && !location.isEmpty())
        return mayFollow(location); // libcurl follows it once this returns
    if (isRedirect(m_status)) {
        fail(Error::Redirect, HttpGetMessages::tr("The server redirected (%1) without saying where to.").arg(m_status));
        return false;
    }
    curl_off_t length = -1;
    curl_easy_getinfo(m_easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length);
    m_contentLength = length;
    m_stage = Stage::Body;
    emit headersReady();
    return m_stage == Stage::Body;
}

bool HttpGet::mayFollow(const QByteArray &location)
{
    const QUrl next = redirectTarget(m_url, location);
    if (!next.isValid()) {
        fail(Error::Redirect, HttpGetMessages::tr("The server redirected (%1) without saying where to.").arg(m_status));
        return false;
    }
    if (!isWebScheme(next.scheme().toLower())) {
        fail(Error::UnsupportedScheme, HttpGetMessages::tr("Only http and https downloads are supported, not \"%1\".").arg(next.scheme()));
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
    m_visited.append(next);
    return true;
}

/// A block of the final response's body. The reader takes what it wants straight from
/// libcurl's buffer; what it leaves is kept, or, once that is m_readBufferBytes, libcurl is
/// paused and keeps the block itself.
size_t HttpGet::body(const char *data, size_t size)
{
    if (m_stage == Stage::Head)
        return size; // a redirect's or an error's body on the way
    if (m_stage != Stage::Body)
        return 0;
    m_sinceActivity.restart();
    m_incoming = data;
    m_incomingLeft = qint64(size);
    const qint64 pendingBefore = pendingBytes();
    deliver();
    const qint64 left = m_incomingLeft;
    m_incoming = nullptr;
    m_incomingLeft = 0;
    if (m_stage != Stage::Body)
        return 0;
    if (left == 0)
        return size;
    const bool tookNone = left == qint64(size) && pendingBytes() == pendingBefore;
    if (tookNone && pendingBytes() > 0 && pendingBytes() + left > m_readBufferBytes) {
        m_paused = true;
        return CURL_WRITEFUNC_PAUSE;
    }
    if (m_pendingRead > 0 && m_pendingRead == qint64(m_pending.size())) {
        m_pending.clear();
        m_pendingRead = 0;
    }
    m_pending.insert(m_pending.end(), data + (qint64(size) - left), data + size);
    return size;
}

/// Emits readyRead() until the reader has taken everything or stops taking.
void HttpGet::deliver()
{
    while (m_stage == Stage::Body && bytesAvailable() > 0) {
        const qint64 readBefore = m_bodyBytesRead;
        emit readyRead();
        if (m_bodyBytesRead == readBefore)
            return;
    }
}

qint64 HttpGet::bytesAvailable() const
{
    return pendingBytes() + m_incomingLeft;
}

qint64 HttpGet::read(char *data, qint64 maxSize)
{
    if (maxSize <= 0)
        return 0;
    qint64 n = 0;
    if (pendingBytes() > 0) {
        n = std::min(maxSize, pendingBytes());
        std::memcpy(data, m_pending.data() + m_pendingRead, size_t(n));
        m_pendingRead += n;
        if (m_pendingRead == qint64(m_pending.size())) {
            m_pending.clear();
            m_pendingRead = 0;
        }
    }
    if (n < maxSize && m_incomingLeft > 0) {
        const qint64 more = std::min(maxSize - n, m_incomingLeft);
        std::memcpy(data + n, m_incoming, size_t(more));
        m_incoming += more;
        m_incomingLeft -= more;
        n += more;
    }
    m_bodyBytesRead += n;
    if (m_paused && pendingBytes() < m_readBufferBytes)
        resumeIfRoom();
    return n;
}

/// libcurl may hand its held block over at once, so never from inside read().
void HttpGet::resumeIfRoom()
{
    if (m_resumeQueued)
        return;
    m_resumeQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_resumeQueued = false;
            if (!m_paused || !m_running || m_stage != Stage::Body)
                return;
            m_paused = false;
            m_sinceActivity.restart();
            curl_easy_pause(m_easy, CURLPAUSE_CONT);
        },
        Qt::QueuedConnection);
}

void HttpGet::onTransferDone(CURLcode result)
{
    m_running = false;
    if (m_stage == Stage::Done) {
        m_stall.stop();
        if (std::exchange(m_finishPending, false))
            emit finished();
        return;
    }
    // What the reader left is handed over before the end is announced.
    deliver();
    if (m_stage == Stage::Done)
        return;
    const QString host = m_url.host();
    const QString detail = QString::fromUtf8(m_curlError[0] ? m_curlError : curl_easy_strerror(result));
    if (result == CURLE_OK) {
        if (m_stage != Stage::Body) {
            fail(Error::Protocol, HttpGetMessages::tr("The server's answer is not valid HTTP: %1").arg(detail));
            return;
        }
        m_stage = Stage::Done;
        m_stall.stop();
        emit finished();
        return;
    }
    if (isTlsFailure(result)) {
        // A handshake that broke off (reset, closed, timed out inside TLS) may go through next
        // time; a refused certificate or a setting the TLS library lacks will not.
        fail(result == CURLE_SSL_CONNECT_ERROR ? Error::Connection : Error::Tls,
             HttpGetMessages::tr("The secure connection to %1 failed: %2").arg(host, detail));
        return;
    }
    long tunnelStatus = 0;
    curl_easy_getinfo(m_easy, CURLINFO_HTTP_CONNECTCODE, &tunnelStatus);
    if (tunnelStatus >= 300) {
        // The proxy would not open the tunnel for https (407: it wants a login).
        fail(Error::Connection, HttpGetMessages::tr("The proxy refused to connect to %1 (HTTP %2).").arg(host).arg(tunnelStatus));
        return;
    }
    long osError = 0;
    curl_easy_getinfo(m_easy, CURLINFO_OS_ERRNO, &osError);
    switch (result) {
    case CURLE_TOO_MANY_REDIRECTS:
        fail(Error::Redirect, HttpGetMessages::tr("The server redirected more than %1 times.").arg(MaxRedirects));
        return;
    case CURLE_OPERATION_TIMEDOUT:
        fail(Error::Timeout, HttpGetMessages::tr("Nothing arrived from %1 for %2 seconds.").arg(host).arg(m_stallTimeoutMs / 1000));
        return;
    case CURLE_PARTIAL_FILE:
        fail(Error::Connection, HttpGetMessages::tr("The connection was closed before the whole file arrived."));
        return;
    case CURLE_GOT_NOTHING:
        fail(Error::Connection, HttpGetMessages::tr("The server closed the connection before answering."));
        return;
    case CURLE_RECV_ERROR:
        // Without an error from the system, libcurl refused what arrived (a broken chunk).
        if (osError != 0)
            break;
        [[fallthrough]];
    case CURLE_UNSUPPORTED_PROTOCOL: // an HTTP/0.9 answer: no status line at all
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_OUT_OF_MEMORY: // a head past libcurl's 100 KiB
        fail(Error::Protocol, HttpGetMessages::tr("The server's answer is not valid HTTP: %1").arg(detail));
        return;
    default: break;
    }
    fail(Error::Connection, HttpGetMessages::tr("Connection to %1 failed: %2").arg(host, detail));
}

/// Inactivity, not total time, measured from the last bytes libcurl handed over; a reader
/// that has not taken its share (libcurl paused) is not the server stalling.
void HttpGet::onStall()
{
    if (m_stage == Stage::Done)
        return;
    const qint64 quiet = m_paused ? 0 : m_sinceActivity.elapsed();
    if (quiet < m_stallTimeoutMs) {
        m_stall.start(int(m_stallTimeoutMs - quiet));
        return;
    }
    fail(Error::Timeout, HttpGetMessages::tr("Nothing arrived from %1 for %2 seconds.").arg(m_url.host()).arg(m_stallTimeoutMs / 1000));
}

void HttpGet::fail(Error error, const QString &message)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    m_error = error;
    m_errorString = message;
    m_stall.stop();
    if (m_inCallback > 0 && m_running) {
        // The callback's answer stops libcurl, and its report brings finished().
        m_finishPending = true;
        return;
    }
    release();
    emit finished();
}

void HttpGet::release()
{
    if (!m_running)
        return;
    m_running = false;
    m_multi->remove(m_easy);
}

} // namespace freshet
