// SPDX-License-Identifier: MIT
#pragma once

#include "sync/syncclient.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <QHash>

#include <optional>

namespace freshet::sync::greader {

/// Reading the Google Reader API's answers (FreshRSS, Miniflux, Inoreader, The Old Reader).
/// Pure functions: nullopt means the answer is not what the protocol promises.

/// ClientLogin's text answer: the value of its "Auth=" line.
std::optional<QByteArray> parseClientLogin(const QByteArray &body);

/// tag/list: the labels that are folders (states and item tags are left out).
std::optional<QList<RemoteCategory>> parseTagList(const QByteArray &body);

/// subscription/list: every subscription; its first category is its folder.
std::optional<QList<RemoteFeed>> parseSubscriptionList(const QByteArray &body);

/// One article of a stream with the time the server crawled it (-1 when it does not say).
struct StreamItem
{
    RemoteItem item;
    qint64 crawledUsec = -1;
};

struct StreamPage
{
    QList<StreamItem> items;
    QString continuation;
};

/// stream/contents and stream/items/contents. Item ids come out in the short form (see
/// shortItemId) so they match what stream/items/ids lists.
std::optional<StreamPage> parseStreamContents(const QByteArray &body);

struct IdPage
{
    QStringList ids; ///< short form
    QString continuation;
};

/// stream/items/ids.
std::optional<IdPage> parseItemIds(const QByteArray &body);

/// unread-count: the reading list's count (else the sum over the feeds).
std::optional<int> parseUnreadCount(const QByteArray &body);
/// unread-count's per-feed counts ("feed/…" stream id → count).
std::optional<QHash<QString, int>> parseFeedUnreadCounts(const QByteArray &body);

/// An item id in either form (long "tag:google.com,2005:reader/item/<16 hex>" or short signed
/// decimal) as the short form; empty when it is neither.
QString shortItemId(const QString &id);
/// A short-form id as the long form, which every server accepts as input.
QString longItemId(const QString &shortId);

} // namespace freshet::sync::greader
