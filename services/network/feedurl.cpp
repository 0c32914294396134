// SPDX-License-Identifier: MIT
#include "feedurl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

/// The translation context of this file's messages.
class FeedUrlMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::FeedUrlMessages)
};

namespace {

/// This machine: a server here is almost always a development or self-hosted one without TLS.
bool isLoopbackHost(const QString &host)
{
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

} // namespace

Result<QUrl> validateFeedUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<QUrl>::failure(FeedUrlMessages::tr("The feed address is empty."));
    // QUrl would take "not a url" as a relative path and explain it in its own words.
    static const QRegularExpression space(u"\\s"_s);
    if (trimmed.contains(space))
        return Result<QUrl>::failure(FeedUrlMessages::tr("'%1' is not a web address: an address has no spaces.").arg(trimmed));
    // Without "://", "localhost:8080/feed" would be read as the scheme "localhost".
    const bool schemeTyped = trimmed.contains(u"://"_s);
    QUrl url(schemeTyped ? trimmed : u"https://"_s + trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Result<QUrl>::failure(FeedUrlMessages::tr("'%1' is not a valid web address.").arg(trimmed));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return Result<QUrl>::failure(FeedUrlMessages::tr("'%1' is not a web address: only http and https feeds can be fetched.").arg(trimmed));
    if (url.host().isEmpty())
        return Result<QUrl>::failure(FeedUrlMessages::tr("'%1' has no host name.").arg(trimmed));
    if (!url.userInfo().isEmpty())
        return Result<QUrl>::failure(FeedUrlMessages::tr("'%1' contains a user name or password; add the feed without them and give "
                                        "the login when Freshet asks, so it is kept in the keychain.").arg(url.toString(QUrl::RemoveUserInfo)));
    url.setScheme(scheme);
    if (!schemeTyped) {
        if (isLoopbackHost(url.host())) {
            url.setScheme(u"http"_s);
        } else if (!url.host().contains(u'.')) {
            // A word typed without a scheme is far more likely a slip than an intranet host; a
            // person who means one types http:// in front.
            return Result<QUrl>::failure(FeedUrlMessages::tr("'%1' is not a web address: a host name has a dot, as in example.org.").arg(trimmed));
        }
    }
    url.setFragment({});
    return Result<QUrl>::success(url);
}

} // namespace freshet
