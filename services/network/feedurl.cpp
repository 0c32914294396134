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

/// How much of a refused address its message repeats.
constexpr qsizetype shownLength = 80;

QString tooLong(const QString &text)
{
    return FeedUrlMessages::tr("The address starting '%1…' is longer than 8 KB, which no feed address is.").arg(text.left(shownLength));
}

} // namespace

Result<QUrl> validateFeedUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<QUrl>::failure(FeedUrlMessages::tr("The feed address is empty."));
    // Checked before parsing, so a megabyte of text is never parsed, stored or echoed whole.
    if (trimmed.size() > maximumFeedUrlLength)
        return Result<QUrl>::failure(tooLong(trimmed));
    // U+FFFD is what decoding made of bytes that are not UTF-8 (in argv, a file, a paste);
    // percent-encoding them would subscribe to an address nobody wrote.
    if (trimmed.contains(QChar::ReplacementCharacter)) {
        return Result<QUrl>::failure(FeedUrlMessages::tr("'%1' contains bytes that are not valid UTF-8 text; copy the address again from its source.")
                                         .arg(trimmed.left(shownLength)));
    }
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
                                                         "the login when Freshet asks, so it is kept in the keychain.")
                                         .arg(url.toString(QUrl::RemoveUserInfo)));
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
    // Percent-encoding can make an address up to nine times longer than typed.
    if (url.toEncoded().size() > maximumFeedUrlLength)
        return Result<QUrl>::failure(tooLong(trimmed));
    return Result<QUrl>::success(url);
}

} // namespace freshet
