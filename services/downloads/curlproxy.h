// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>

#include <curl/curl.h>

namespace freshet {

/// Sends a download to `url` through the proxy the system names for it, as feeds go through
/// QNetworkAccessManager: QNetworkProxyFactory::systemProxyForQuery (the desktop's settings
/// through libproxy, or http_proxy, https_proxy and no_proxy) picks it, with the login it
/// carries. When that says "no proxy", libcurl's own reading of the environment stands, which
/// comes to the same (and ignores an upper-case HTTP_PROXY, which a CGI request can set).
/// Like QNAM, never for this machine's loopback (localhost, 127.0.0.0/8, ::1).
void useSystemProxy(CURL *easy, const QUrl &url);

} // namespace freshet
