// SPDX-License-Identifier: MIT
#include "itemstore.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
QString itemGuid(const freshet::ParsedItem &item)
{
    // What identifies an article across fetches: its guid, else its link, else its title.
    if (!item.id.isEmpty())
        return item.id;
    if (!item.link.isEmpty())
        return item.link;
    return u"title:"_s + item.title;
}

QString itemAuthor(const freshet::ParsedItem &item)
{
    QStringList names;
    for (const freshet::ParsedPerson &person : item.authors) {
        const QString name = !person.name.isEmpty() ? person.name : (!person.text.isEmpty() ? person.text : person.email);
        if (!name.isEmpty())
            names.append(name);
    }
    return names.join(u", "_s);
}
} // namespace

const Subscription *ItemStore::subscription(qint64 id) const
{
    const auto found = std::find_if(m_subscriptions.cbegin(), m_subscriptions.cend(),
                                    [id](const Subscription &s) { return s.id == id; });
    return found == m_subscriptions.cend() ? nullptr : &*found;
}

const Subscription *ItemStore::subscriptionByUrl(const QString &url) const
{
    const auto found = std::find_if(m_subscriptions.cbegin(), m_subscriptions.cend(),
                                    [&url](const Subscription &s) { return s.url == url; });
    return found == m_subscriptions.cend() ? nullptr : &*found;
}

Subscription &ItemStore::addSubscription(const QString &url, const QString &title, const QString &siteUrl, const QString &label)
{
    addLabel(label);
    m_subscriptions.append(Subscription{++m_lastSubscriptionId, url, title, siteUrl, label});
    return m_subscriptions.last();
}

bool ItemStore::removeSubscription(qint64 id)
{
    const auto removed = std::remove_if(m_subscriptions.begin(), m_subscriptions.end(),
                                        [id](const Subscription &s) { return s.id == id; });
    if (removed == m_subscriptions.end())
        return false;
    m_subscriptions.erase(removed, m_subscriptions.end());
    // An unsubscribed feed's articles go with it, as on FreshRSS.
    std::erase_if(m_items, [id](const auto &entry) { return entry.second.feedId == id; });
    m_seenGuids.remove(id);
    return true;
}

bool ItemStore::renameSubscription(qint64 id, const QString &title)
{
    for (Subscription &s : m_subscriptions) {
        if (s.id == id) {
            s.title = title;
            return true;
        }
    }
    return false;
}

bool ItemStore::moveSubscription(qint64 id, const QString &label)
{
    for (Subscription &s : m_subscriptions) {
        if (s.id == id) {
            addLabel(label);
            s.label = label;
            return true;
        }
    }
    return false;
}

void ItemStore::addLabel(const QString &label)
{
    if (!label.isEmpty() && !m_labels.contains(label))
        m_labels.append(label);
}

bool ItemStore::renameLabel(const QString &from, const QString &to)
{
    if (to.isEmpty() || !m_labels.removeOne(from))
        return false;
    addLabel(to);
    for (Subscription &s : m_subscriptions) {
        if (s.label == from)
            s.label = to;
    }
    return true;
}

bool ItemStore::removeLabel(const QString &label)
{
    if (!m_labels.removeOne(label))
        return false;
    for (Subscription &s : m_subscriptions) {
        if (s.label == label)
            s.label.clear();
    }
    return true;
}

int ItemStore::ingest(qint64 subscriptionId, const freshet::ParsedFeed &feed)
{
    QSet<QString> &seen = m_seenGuids[subscriptionId];
    int added = 0;
    // Documents list the newest first; crawling the oldest first keeps id order = date order.
    for (auto it = feed.items.crbegin(); it != feed.items.crend(); ++it) {
        const QString guid = itemGuid(*it);
        if (seen.contains(guid))
            continue;
        seen.insert(guid);
        StoredItem item;
        item.id = nextItemId();
        item.feedId = subscriptionId;
        item.guid = guid;
        item.title = it->title;
        item.link = it->link;
        item.author = itemAuthor(*it);
        item.content = !it->content.isEmpty() ? it->content : it->summary;
        item.published = it->published.isValid() ? it->published : QDateTime::currentDateTimeUtc();
        item.updated = it->updated.isValid() ? it->updated : item.published;
        item.enclosures = it->enclosures;
        m_items.emplace(item.id, std::move(item));
        ++added;
    }
    return added;
}

StoredItem *ItemStore::item(qint64 id)
{
    const auto found = m_items.find(id);
    return found == m_items.end() ? nullptr : &found->second;
}

bool ItemStore::matches(const StoredItem &item, const ItemFilter &filter) const
{
    if (item.id < filter.minId || item.id > filter.maxId)
        return false;
    if (filter.feedId && item.feedId != *filter.feedId)
        return false;
    if (filter.read && item.read != *filter.read)
        return false;
    if (filter.starred && item.starred != *filter.starred)
        return false;
    if (filter.label) {
        const Subscription *feed = subscription(item.feedId);
        if (!feed || feed->label != *filter.label)
            return false;
    }
    return true;
}

ItemPage ItemStore::page(const ItemFilter &filter, bool oldestFirst, qint64 after, int limit) const
{
    ItemPage result;
    const auto take = [&](const StoredItem &item) {
        if (!matches(item, filter))
            return true;
        if (result.items.size() >= limit) {
            result.more = true;
            return false;
        }
        result.items.append(&item);
        return true;
    };
    if (oldestFirst) {
        for (auto it = after > 0 ? m_items.upper_bound(after) : m_items.begin(); it != m_items.end(); ++it) {
            if (!take(it->second))
                break;
        }
    } else {
        auto it = after > 0 ? m_items.lower_bound(after) : m_items.end();
        while (it != m_items.begin()) {
            --it;
            if (!take(it->second))
                break;
        }
    }
    return result;
}

QList<const StoredItem *> ItemStore::matching(const ItemFilter &filter) const
{
    QList<const StoredItem *> result;
    for (const auto &[id, item] : m_items) {
        if (matches(item, filter))
            result.append(&item);
    }
    return result;
}

qint64 ItemStore::nextItemId()
{
    const qint64 nowUsec = QDateTime::currentMSecsSinceEpoch() * 1000;
    m_lastItemId = std::max(nowUsec, m_lastItemId + 1);
    return m_lastItemId;
}
