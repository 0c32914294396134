// SPDX-License-Identifier: MIT
#pragma once

#include "network/fetchservice.h"

#include <QObject>
#include <QUrl>

namespace freshet {

struct DiscoveredFeed
{
    QUrl url;
    QString title;
    QString type;

    /// How a choice between a page's feeds names this one: "title — address" (encoded).
    QString label() const;
};

/// The feeds a web page announces with <link rel="alternate" type="…rss/atom/feed+json…">,
/// resolved against the page's address (and its <base href>), in page order, without duplicates.
QList<DiscoveredFeed> findAlternateLinks(const QByteArray &html, const QUrl &pageUrl);

/// Given what a person typed: if it is a feed, that feed; if it is a web page, the feeds it
/// announces; otherwise a clear error. Asynchronous, with FetchService's timeouts and size cap.
/// The window's Add Feed and `freshet add` both look up through here, so they accept, refuse and
/// discover alike.
class FeedDiscovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedDiscovery)

public:
    struct Outcome
    {
        /// What was looked up; empty when what was typed is not an address (error says why).
        QUrl address;
        QList<DiscoveredFeed> feeds;
        bool addressIsFeed = false;
        /// The address answered 401: ask for a login and subscribe with it.
        bool needsLogin = false;
        QString error;
    };

    explicit FeedDiscovery(QObject *parent = nullptr);
    /// What a person typed: checked with validateFeedUrl, then discovered. Refused input
    /// finishes too, always after this call returns, so callers handle one signal either way.
    void lookUp(const QString &typed, const QByteArray &authorization = {});
    /// authorization: the login to try (see authorization.h), after a first try answered 401.
    void discover(const QUrl &url, const QByteArray &authorization = {});

signals:
    void finished(const freshet::FeedDiscovery::Outcome &outcome);

private:
    FetchService *m_fetch;
};

} // namespace freshet
