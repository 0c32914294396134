// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/parsedfeed.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>

#include <functional>

/// Fetches a feed document the way a real aggregator polls it and parses it with Freshet's own
/// FeedParser. Asynchronous; the callback runs once, on this object's thread, unless the
/// fetcher is destroyed first.
class FeedFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedFetcher)

public:
    /// A parsed document, or `error` saying why there is none.
    struct Result
    {
        freshet::ParsedFeed feed;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };
    using Callback = std::function<void(Result)>;

    explicit FeedFetcher(QObject *parent = nullptr);

    void fetch(const QString &url, Callback done);

private:
    QNetworkAccessManager m_network;
};
