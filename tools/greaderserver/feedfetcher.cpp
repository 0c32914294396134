// SPDX-License-Identifier: MIT
#include "feedfetcher.h"

#include "parsing/feedparser.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {
// A test feed is small; anything this large is a mistake, not a feed.
constexpr qint64 MaxDocumentBytes = 20 * 1024 * 1024;
constexpr int FetchTimeoutMs = 30000;
} // namespace

FeedFetcher::FeedFetcher(QObject *parent) : QObject(parent) {}

void FeedFetcher::fetch(const QString &url, Callback done)
{
    const QUrl address(url);
    if (!address.isValid() || (address.scheme() != u"http"_s && address.scheme() != u"https"_s)) {
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done)] {
                done({{}, u"not an http(s) URL"_s});
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(address);
    request.setTransferTimeout(FetchTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"freshet-greaderserver"_s);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxDocumentBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            done({{}, reply->errorString()});
            return;
        }
        freshet::ParseOptions options;
        options.documentUrl = reply->url();
        Result result{freshet::FeedParser::parse(reply->readAll(), options), {}};
        if (!result.feed.ok() && result.feed.items.isEmpty())
            result.error = result.feed.error;
        done(std::move(result));
    });
}
