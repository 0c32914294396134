// SPDX-License-Identifier: MIT
#pragma once

#include "parsing/parsedfeed.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <limits>
#include <map>
#include <optional>

/// One article the server crawled. Its id is the moment it was crawled in microseconds, made
/// unique and increasing, so id order is crawl order (FreshRSS numbers its entries the same way).
struct StoredItem
{
    qint64 id = 0;
    qint64 feedId = 0;
    QString guid;
    QString title;
    QString link;
    QString author;
    QString content;
    QDateTime published;
    QDateTime updated;
    QList<freshet::ParsedEnclosure> enclosures;
    bool read = false;
    bool starred = false;
};

/// One subscription of the single user. `label` is its folder; empty when it has none.
struct Subscription
{
    qint64 id = 0;
    QString url;
    QString title;
    QString siteUrl;
    QString label;
};

/// Which items a listing wants; every set member narrows it.
struct ItemFilter
{
    std::optional<qint64> feedId;
    std::optional<QString> label;
    std::optional<bool> read;
    std::optional<bool> starred;
    qint64 minId = 0;                                  ///< inclusive
    qint64 maxId = std::numeric_limits<qint64>::max(); ///< inclusive
};

/// One page of a listing, in the order asked for.
struct ItemPage
{
    QList<const StoredItem *> items;
    bool more = false; ///< items beyond this page match too
};

/// The server's memory: subscriptions, folders and crawled items with their read and starred
/// state. Knows nothing of the protocol; lives on the server's thread.
class ItemStore final
{
    Q_DISABLE_COPY_MOVE(ItemStore)

public:
    ItemStore() = default;

    const QList<Subscription> &subscriptions() const { return m_subscriptions; }
    const Subscription *subscription(qint64 id) const;
    const Subscription *subscriptionByUrl(const QString &url) const;
    Subscription &addSubscription(const QString &url, const QString &title, const QString &siteUrl, const QString &label);
    bool removeSubscription(qint64 id);
    bool renameSubscription(qint64 id, const QString &title);
    bool moveSubscription(qint64 id, const QString &label);

    /// Folders in the order they were first used, also those no subscription is in any more.
    const QStringList &labels() const { return m_labels; }
    void addLabel(const QString &label);
    /// The folder and its subscriptions take the new name (joining a folder already by that
    /// name); false when there is no such folder.
    bool renameLabel(const QString &from, const QString &to);
    /// The folder goes; its subscriptions stay, in none. False when there is no such folder.
    bool removeLabel(const QString &label);

    /// Stores the items of a fetched document that this subscription has not seen yet, oldest
    /// (last in the document) first, and answers how many were new.
    int ingest(qint64 subscriptionId, const freshet::ParsedFeed &feed);

    StoredItem *item(qint64 id);
    const std::map<qint64, StoredItem> &items() const { return m_items; }
    /// At most `limit` matching items after `after` (exclusive; 0: from the start) in id order.
    ItemPage page(const ItemFilter &filter, bool oldestFirst, qint64 after, int limit) const;
    QList<const StoredItem *> matching(const ItemFilter &filter) const;

private:
    bool matches(const StoredItem &item, const ItemFilter &filter) const;
    qint64 nextItemId();

    QList<Subscription> m_subscriptions;
    QStringList m_labels;
    std::map<qint64, StoredItem> m_items;
    QHash<qint64, QSet<QString>> m_seenGuids;
    qint64 m_lastSubscriptionId = 0;
    qint64 m_lastItemId = 0;
};
