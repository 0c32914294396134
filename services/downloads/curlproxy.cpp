// SPDX-License-Identifier: MIT
#include "curlproxy.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// The environment's no_proxy, and this machine's loopback, which QNAM never sends through a
/// proxy either: a proxy elsewhere would reach its own. libcurl checks it on every hop.
QByteArray bypassList()
{
    QByteArray list = qgetenv("no_proxy");
    if (list.isEmpty())
        list = qgetenv("NO_PROXY");
    if (list.trimmed() == "*")
        return list;
    if (!list.isEmpty())
        list += ',';
    return list + "localhost,127.0.0.0/8,::1";
}

} // namespace

void useSystemProxy(CURL *easy, const QUrl &url)
{
    curl_easy_setopt(easy, CURLOPT_NOPROXY, bypassList().constData());
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    const QNetworkProxy proxy = proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.constFirst();
    QString scheme;
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy: scheme = u"http"_s; break;
    // socks5h: the proxy resolves the name, so a name only it can resolve still works.
    case QNetworkProxy::Socks5Proxy: scheme = u"socks5h"_s; break;
    default: break;
    }
    if (scheme.isEmpty()) {
        // "" is libcurl's "no proxy". Left unset, libcurl would read the environment again by
        // rules of its own (all_proxy, but not HTTP_PROXY) and disagree with the feeds.
        curl_easy_setopt(easy, CURLOPT_PROXY, "");
        return;
    }
    QUrl address;
    address.setScheme(scheme);
    address.setHost(proxy.hostName());
    address.setPort(proxy.port());
    curl_easy_setopt(easy, CURLOPT_PROXY, address.toEncoded().constData());
    if (!proxy.user().isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_PROXYUSERNAME, proxy.user().toUtf8().constData());
        curl_easy_setopt(easy, CURLOPT_PROXYPASSWORD, proxy.password().toUtf8().constData());
    }
}

} // namespace freshet
