// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <curl/curl.h>

#include <functional>
#include <memory>
#include <unordered_map>

class QSocketNotifier;

namespace freshet {

/// libcurl's multi interface driven by the calling thread's event loop: the sockets libcurl
/// wants watched become QSocketNotifiers and its timeout a QTimer, so transfers run on that
/// thread without blocking it (a stop or another download's progress is handled between reads).
class CurlMulti final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurlMulti)

public:
    explicit CurlMulti(QObject *parent = nullptr);
    ~CurlMulti() override;

    /// Starts the transfer; done(result) once it ended, after it was taken out of this multi.
    void add(CURL *easy, std::function<void(CURLcode)> done);
    /// Takes the transfer out (stopping it); done() is not called.
    void remove(CURL *easy);

private:
    struct Watch
    {
        std::unique_ptr<QSocketNotifier> read;
        std::unique_ptr<QSocketNotifier> write;
    };

    static int onSocket(CURL *easy, curl_socket_t socket, int what, void *self, void *socketData);
    static int onTimer(CURLM *multi, long timeoutMs, void *self);
    void watch(curl_socket_t socket, int what);
    void act(curl_socket_t socket, int events);
    void reportDone();

    CURLM *m_multi = nullptr;
    std::unordered_map<curl_socket_t, Watch> m_sockets;
    QTimer m_timer;
    QHash<CURL *, std::function<void(CURLcode)>> m_done;
};

} // namespace freshet
