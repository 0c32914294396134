// SPDX-License-Identifier: MIT
#include "curlmulti.h"

#include <QPointer>
#include <QSocketNotifier>

namespace freshet {

namespace {

/// Once per process, whichever thread starts the first transfer: the libcurl here is built
/// thread-safe (CURL_VERSION_THREADSAFE), so its global set-up may run on the downloads' thread.
void initialiseCurl()
{
    // A function-local static rather than std::call_once, whose thread-local state would make
    // the binary name the dynamic loader (ld-linux) among the libraries it needs.
    [[maybe_unused]] static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
}

/// A notifier libcurl stops wanting may be the one whose signal is being handled: it is
/// switched off at once and deleted once that handling is over.
void retire(std::unique_ptr<QSocketNotifier> &notifier)
{
    if (!notifier)
        return;
    notifier->setEnabled(false);
    notifier.release()->deleteLater();
}

} // namespace

CurlMulti::CurlMulti(QObject *parent) : QObject(parent)
{
    initialiseCurl();
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMulti::onSocket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMulti::onTimer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
}

CurlMulti::~CurlMulti()
{
    const QList<CURL *> running = m_done.keys();
    for (CURL *easy : running)
        curl_multi_remove_handle(m_multi, easy);
    m_done.clear();
    curl_multi_cleanup(m_multi);
    for (auto &[socket, watch] : m_sockets) {
        retire(watch.read);
        retire(watch.write);
    }
}

void CurlMulti::add(CURL *easy, std::function<void(CURLcode)> done)
{
    m_done.insert(easy, std::move(done));
    // Sets a timeout of 0 through onTimer: the transfer starts from the event loop.
    curl_multi_add_handle(m_multi, easy);
}

void CurlMulti::remove(CURL *easy)
{
    if (m_done.remove(easy) > 0)
        curl_multi_remove_handle(m_multi, easy);
}

int CurlMulti::onSocket(CURL *, curl_socket_t socket, int what, void *self, void *)
{
    static_cast<CurlMulti *>(self)->watch(socket, what);
    return 0;
}

int CurlMulti::onTimer(CURLM *, long timeoutMs, void *self)
{
    auto *multi = static_cast<CurlMulti *>(self);
    // Never acted on from inside libcurl: 0 means "as soon as the event loop runs".
    if (timeoutMs < 0)
        multi->m_timer.stop();
    else
        multi->m_timer.start(int(std::min<long>(timeoutMs, 24L * 3600 * 1000)));
    return 0;
}

void CurlMulti::watch(curl_socket_t socket, int what)
{
    if (what == CURL_POLL_REMOVE) {
        auto found = m_sockets.find(socket);
        if (found != m_sockets.end()) {
            retire(found->second.read);
            retire(found->second.write);
            m_sockets.erase(found);
        }
        return;
    }
    Watch &watch = m_sockets[socket];
    const auto ensure = [this, socket](std::unique_ptr<QSocketNotifier> &notifier, QSocketNotifier::Type type, int event) {
        if (notifier)
            return;
        notifier = std::make_unique<QSocketNotifier>(qintptr(socket), type);
        connect(notifier.get(), &QSocketNotifier::activated, this, [this, socket, event] { act(socket, event); });
    };
    const bool wantsRead = what == CURL_POLL_IN || what == CURL_POLL_INOUT;
    const bool wantsWrite = what == CURL_POLL_OUT || what == CURL_POLL_INOUT;
    if (wantsRead)
        ensure(watch.read, QSocketNotifier::Read, CURL_CSELECT_IN);
    if (wantsWrite)
        ensure(watch.write, QSocketNotifier::Write, CURL_CSELECT_OUT);
    if (watch.read)
        watch.read->setEnabled(wantsRead);
    if (watch.write)
        watch.write->setEnabled(wantsWrite);
}

void CurlMulti::act(curl_socket_t socket, int events)
{
    int running = 0;
    curl_multi_socket_action(m_multi, socket, events, &running);
    reportDone();
}

void CurlMulti::reportDone()
{
    const QPointer<CurlMulti> alive(this);
    int left = 0;
    while (CURLMsg *message = curl_multi_info_read(m_multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        CURL *easy = message->easy_handle;
        const CURLcode result = message->data.result;
        std::function<void(CURLcode)> done = m_done.take(easy);
        curl_multi_remove_handle(m_multi, easy);
        if (done)
            done(result);
        // Whoever was told may have deleted the transfer's owner, and this multi with it.
        if (!alive)
            return;
    }
}

} // namespace freshet
