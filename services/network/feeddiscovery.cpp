// SPDX-License-Identifier: MIT
#include "feeddiscovery.h"

#include "network/feedurl.h"
#include "parsing/feedparser.h"
#include "parsing/htmlentities.h"
#include "parsing/titletext.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// An attribute's value, its character references decoded once (Hugo writes "rss&#43;xml").
QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression pattern(u"\\b"_s + name + u"\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(tag);
    if (!match.hasMatch())
        return {};
    for (int group = 1; group <= 3; ++group) {
        if (match.capturedStart(group) >= 0)
            return decodeHtmlReferences(match.capturedView(group)).trimmed();
    }
    return {};
}

bool isFeedType(const QString &type)
{
    const QString lower = type.toLower();
    return lower == u"application/rss+xml"_s || lower == u"application/atom+xml"_s || lower == u"application/feed+json"_s
           || lower == u"application/rdf+xml"_s || lower == u"application/json"_s;
}

} // namespace

QString DiscoveredFeed::label() const
{
    const QString address = url.toString(QUrl::FullyEncoded);
    return title.isEmpty() ? address : u"%1 — %2"_s.arg(title, address);
}

QList<DiscoveredFeed> findAlternateLinks(const QByteArray &html, const QUrl &pageUrl)
{
    const QString text = QString::fromUtf8(html.left(2 * 1024 * 1024));
    QUrl base = pageUrl;
    static const QRegularExpression baseTag(u"<base\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = baseTag.match(text); match.hasMatch()) {
        const QString href = attribute(match.captured(), u"href"_s);
        if (!href.isEmpty())
            base = pageUrl.resolved(QUrl(href));
    }
    static const QRegularExpression linkTag(u"<link\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    QList<DiscoveredFeed> feeds;
    QSet<QUrl> seen;
    QRegularExpressionMatchIterator it = linkTag.globalMatch(text);
    while (it.hasNext()) {
        const QString tag = it.next().captured();
        const QStringList rel = attribute(tag, u"rel"_s).toLower().split(u' ', Qt::SkipEmptyParts);
        const QString type = attribute(tag, u"type"_s);
        const QString href = attribute(tag, u"href"_s);
        if (!rel.contains(u"alternate"_s) || !isFeedType(type) || href.isEmpty())
            continue;
        const QUrl url = base.resolved(QUrl(href));
        if (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
            continue;
        if (seen.contains(url))
            continue;
        seen.insert(url);
        feeds << DiscoveredFeed{url, attribute(tag, u"title"_s), type};
    }
    return feeds;
}

FeedDiscovery::FeedDiscovery(QObject *parent) : QObject(parent), m_fetch(new FetchService(FetchService::Limits{}, this))
{
    connect(m_fetch, &FetchService::finished, this, [this](const FeedResponse &response) {
        Outcome outcome;
        outcome.address = response.requestedUrl;
        if (!response.ok()) {
            outcome.needsLogin = response.error == FetchError::LoginRequired;
            // FetchService's messages speak of "the server"; a person adding several feeds at
            // once needs to know which address it was.
            outcome.error = outcome.needsLogin ? response.errorText
                                               : tr("Nothing could be read from %1: %2")
                                                     .arg(response.requestedUrl.toString(QUrl::FullyEncoded), response.errorText);
            emit finished(outcome);
            return;
        }
        const QUrl address = response.finalUrl.isValid() ? response.finalUrl : response.requestedUrl;
        ParseOptions options;
        options.documentUrl = address;
        const ParsedFeed parsed = FeedParser::parse(QByteArrayView(response.body), options);
        if (parsed.ok() || !parsed.items.isEmpty()) {
            outcome.addressIsFeed = true;
            // The address the person typed, not a temporary redirect target.
            outcome.feeds << DiscoveredFeed{response.permanentUrl.isValid() ? response.permanentUrl : response.requestedUrl,
                                            titletext::of(parsed), QString()};
            emit finished(outcome);
            return;
        }
        outcome.feeds = findAlternateLinks(response.body, address);
        if (outcome.feeds.isEmpty())
            outcome.error = tr("No feed found at %1: it is neither a feed nor a page that links to one.").arg(address.toString(QUrl::FullyEncoded));
        emit finished(outcome);
    });
}

void FeedDiscovery::lookUp(const QString &typed, const QByteArray &authorization)
{
    Result<QUrl> url = validateFeedUrl(typed);
    if (url) {
        discover(url.value(), authorization);
        return;
    }
    QMetaObject::invokeMethod(
        this,
        [this, error = url.error()] {
            Outcome outcome;
            outcome.error = error;
            emit finished(outcome);
        },
        Qt::QueuedConnection);
}

void FeedDiscovery::discover(const QUrl &url, const QByteArray &authorization)
{
    // The login is given for the address typed, whatever a redirect makes of it.
    m_fetch->enqueue(FeedRequest{0, url, {}, {}, authorization, url});
}

} // namespace freshet
