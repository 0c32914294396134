#include "feedurl.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

/// The translation context of this file's messages.
class FeedUrlMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::FeedUrlMessages)
};

Result<QUrl> validateFeedUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<QUrl>::failure(FeedUrlMessages::tr("The feed address is empty."));
    QUrl url(trimmed, QUrl::StrictMode);
    if (url.isValid() && url.scheme().isEmpty() && !trimmed.contains(u"://"_s))
        url = QUrl(u"https://"_s + trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Result<QUrl>::failure(FeedUrlMessages::tr("'%1' is not a valid address: %2").arg(trimmed, url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return Result<QUrl>::failure(FeedUrlMessages::tr("'%1' is not a web address: only http and https feeds can be fetched.").arg(trimmed));
    if (url.host().isEmpty())
        return Result<QUrl>::failure(FeedUrlMessages::tr("'%1' has no host name.").arg(trimmed));
    if (!url.userInfo().isEmpty())
        return Result<QUrl>::failure(FeedUrlMessages::tr("'%1' contains a user name or password; add the feed without them and give "
                                        "the login when Freshet asks, so it is kept in the keychain.").arg(url.toString(QUrl::RemoveUserInfo)));
    url.setScheme(scheme);
    url.setFragment({});
    return Result<QUrl>::success(url);
}

} // namespace freshet
