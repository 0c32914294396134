// SPDX-License-Identifier: MIT
#include "feedtree.h"

#include "naturalorder.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

/// A folder path as its parts: "Tech//Linux/" and "Tech/Linux" are the same folder.
QStringList folderParts(const QString &category)
{
    const QString path = Folder::normalized(category);
    return path.isEmpty() ? QStringList() : path.split(u'/');
}

} // namespace

QString FeedNode::key() const
{
    switch (kind) {
    case FeedNodeKind::Root: return {};
    case FeedNodeKind::AllItems: return u"all"_s;
    case FeedNodeKind::Starred: return u"starred"_s;
    case FeedNodeKind::Account: return u"account:%1"_s.arg(accountId);
    case FeedNodeKind::Folder: return u"folder:%1:%2"_s.arg(accountId).arg(folder);
    case FeedNodeKind::Feed: break;
    }
    return u"feed:%1"_s.arg(feedId);
}

bool FeedNode::sameShape(const FeedNode &other) const
{
    if (kind != other.kind || name != other.name || accountId != other.accountId || folder != other.folder || feedId != other.feedId
        || children.size() != other.children.size())
        return false;
    for (size_t i = 0; i < children.size(); ++i) {
        if (!children[i]->sameShape(*other.children[i]))
            return false;
    }
    return true;
}

FeedTree::FeedTree(QList<Feed> feeds, const QList<Folder> &folders, const Names &names) : m_feeds(std::move(feeds))
{
    const auto add = [](FeedNode *parent, FeedNodeKind kind, const QString &name) {
        auto node = std::make_unique<FeedNode>();
        node->kind = kind;
        node->name = name;
        node->parent = parent;
        node->accountId = parent->accountId;
        parent->children.push_back(std::move(node));
        return parent->children.back().get();
    };
    add(m_root.get(), FeedNodeKind::AllItems, names.allItems);
    add(m_root.get(), FeedNodeKind::Starred, names.starred);
    FeedNode *local = add(m_root.get(), FeedNodeKind::Account, names.localAccount);
    local->accountId = localAccountId;
    for (int i = 0; i < m_feeds.size(); ++i) {
        const Feed &feed = m_feeds.at(i);
        FeedNode *account = feed.isSynced() ? accountNode(feed, names) : local;
        FeedNode *parent = folderNode(account, feed.category);
        FeedNode *node = add(parent, FeedNodeKind::Feed, feed.displayTitle());
        node->feedId = feed.id;
        node->feedIndex = i;
        node->folder = parent->kind == FeedNodeKind::Folder ? parent->folder : QString();
        node->unread = feed.unreadCount;
        m_byFeed.insert(feed.id, node);
    }
    for (const Folder &folder : folders) {
        for (const std::unique_ptr<FeedNode> &account : m_root->children) {
            if (account->kind == FeedNodeKind::Account && account->accountId == folder.accountId)
                folderNode(account.get(), folder.path);
        }
    }
    int order = 0;
    finish(m_root.get(), order);
}

FeedNode *FeedTree::accountNode(const Feed &feed, const Names &names)
{
    for (const std::unique_ptr<FeedNode> &child : m_root->children) {
        if (child->kind == FeedNodeKind::Account && child->accountId == feed.accountId)
            return child.get();
    }
    auto node = std::make_unique<FeedNode>();
    node->kind = FeedNodeKind::Account;
    node->name = feed.accountName.isEmpty() ? names.localAccount : feed.accountName;
    node->accountId = feed.accountId;
    node->parent = m_root.get();
    m_root->children.push_back(std::move(node));
    return m_root->children.back().get();
}

FeedNode *FeedTree::folderNode(FeedNode *account, const QString &path)
{
    FeedNode *parent = account;
    QString soFar;
    for (const QString &part : folderParts(path)) {
        soFar = soFar.isEmpty() ? part : soFar + u'/' + part;
        FeedNode *found = nullptr;
        for (const std::unique_ptr<FeedNode> &child : parent->children) {
            if (child->kind == FeedNodeKind::Folder && child->name == part) {
                found = child.get();
                break;
            }
        }
        if (!found) {
            auto node = std::make_unique<FeedNode>();
            node->kind = FeedNodeKind::Folder;
            node->name = part;
            node->folder = soFar;
            node->accountId = account->accountId;
            node->parent = parent;
            parent->children.push_back(std::move(node));
            found = parent->children.back().get();
        }
        parent = found;
    }
    return parent;
}

// Sorts the children (not the top level: its order is fixed), sums the counts and numbers the
// nodes top to bottom.
void FeedTree::finish(FeedNode *node, int &order)
{
    if (node->kind == FeedNodeKind::Account || node->kind == FeedNodeKind::Folder) {
        const NaturalOrder order;
        std::stable_sort(node->children.begin(), node->children.end(), [&](const auto &a, const auto &b) {
            if ((a->kind == FeedNodeKind::Folder) != (b->kind == FeedNodeKind::Folder))
                return a->kind == FeedNodeKind::Folder;
            return order(a->name, b->name);
        });
    }
    node->order = order++;
    if (node->kind == FeedNodeKind::Feed)
        m_feedOrder << node;
    for (size_t i = 0; i < node->children.size(); ++i) {
        FeedNode *child = node->children[i].get();
        child->row = int(i);
        finish(child, order);
        if (node->kind == FeedNodeKind::Account || node->kind == FeedNodeKind::Folder)
            node->unread += child->unread;
    }
}

const Feed *FeedTree::feedOf(const FeedNode *node) const
{
    return node && node->kind == FeedNodeKind::Feed ? &m_feeds.at(node->feedIndex) : nullptr;
}

const FeedNode *FeedTree::nodeOfKey(const QString &key) const
{
    if (key.startsWith(u"feed:"_s))
        return nodeOfFeed(key.mid(5).toLongLong());
    const FeedNode *found = nullptr;
    visit(*m_root, [&](const FeedNode &node) {
        if (!found && node.kind != FeedNodeKind::Feed && node.key() == key)
            found = &node;
    });
    return found;
}

void FeedTree::adoptCounts(FeedTree &&fresh)
{
    m_feeds = std::move(fresh.m_feeds);
    std::vector<std::pair<FeedNode *, const FeedNode *>> pending{{m_root.get(), fresh.m_root.get()}};
    while (!pending.empty()) {
        auto [mine, theirs] = pending.back();
        pending.pop_back();
        mine->unread = theirs->unread;
        mine->feedIndex = theirs->feedIndex;
        for (size_t i = 0; i < mine->children.size(); ++i)
            pending.emplace_back(mine->children[i].get(), theirs->children[i].get());
    }
}

bool FeedTree::updateFeed(const Feed &feed)
{
    FeedNode *node = nodeOfFeed(feed.id);
    if (!node)
        return false;
    Feed &stored = feedOf(*node);
    if (feed.displayTitle() != node->name || folderParts(feed.category) != folderParts(stored.category) || feed.accountId != stored.accountId)
        return false;
    addUnread(node, feed.unreadCount - node->unread);
    stored = feed;
    return true;
}

void FeedTree::addUnread(FeedNode *node, int delta)
{
    for (; node && node->kind != FeedNodeKind::Root; node = node->parent)
        node->unread += delta;
}

} // namespace freshet
