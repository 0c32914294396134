// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>

#include <curl/curl.h>

namespace freshet {

/// Sends a download to `url` through the proxy the system names for it, exactly as feeds go
/// through QNetworkAccessManager: QNetworkProxyFactory::systemProxyForQuery (the desktop's
/// settings through libproxy, else http_proxy/HTTP_PROXY, https_proxy/HTTPS_PROXY and
/// no_proxy) picks it, with the login it carries; when that says "no proxy", none. Like QNAM,
/// never for this machine's loopback (localhost, 127.0.0.0/8, ::1).
void useSystemProxy(CURL *easy, const QUrl &url);

} // namespace freshet
