// SPDX-License-Identifier: MIT
#pragma once

#include "feed.h"
#include "folder.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace freshet {

/// What a node of the feed list stands for.
enum class FeedNodeKind { Root, AllItems, Starred, Account, Folder, Feed };

/// One node of the feed list's tree: the fixed entries, an account, a folder or a feed.
struct FeedNode
{
    FeedNodeKind kind = FeedNodeKind::Root;
    QString name;         ///< its own name: the folder's last part, the account's or the feed's name
    qint64 accountId = 0; ///< accounts, folders and feeds: whose
    QString folder;       ///< folders: the whole path ("Tech/Linux"); feeds: the folder they are in
    qint64 feedId = 0;    ///< feeds: the store's id
    int feedIndex = -1;   ///< feeds: into FeedTree::feeds
    int unread = 0;       ///< its own, or the sum of everything under it
    int row = 0;          ///< among its parent's children
    int order = 0;        ///< its place when the whole tree is read top to bottom
    FeedNode *parent = nullptr;
    std::vector<std::unique_ptr<FeedNode>> children;

    /// Names this node across rebuilds (the view's current node and collapsed folders).
    QString key() const;
    /// The same structure: the same keys in the same places, whatever the counts.
    bool sameShape(const FeedNode &other) const;
};

/// The feed list as a tree: "All items", "Starred", then each account ("On this computer"
/// first, then the sync accounts in the store's order), its folders (from each feed's
/// "/"-separated category), then its feeds. Folders come before feeds, and names sort as people
/// count ("Feed 9" before "Feed 10").
class FeedTree
{
public:
    /// The local account's name, the fixed entries' names: translated by the caller.
    struct Names
    {
        QString allItems;
        QString starred;
        QString localAccount;
    };

    FeedTree() = default;
    /// `folders`: those made by the person, shown even with no feed in them.
    FeedTree(QList<Feed> feeds, const QList<Folder> &folders, const Names &names);

    FeedNode &root() { return *m_root; }
    const FeedNode &root() const { return *m_root; }
    const QList<Feed> &feeds() const { return m_feeds; }
    Feed &feedOf(const FeedNode &node) { return m_feeds[node.feedIndex]; }
    const Feed *feedOf(const FeedNode *node) const;
    FeedNode *nodeOfFeed(qint64 feedId) const { return m_byFeed.value(feedId); }
    const FeedNode *nodeOfKey(const QString &key) const;
    /// Every feed node, top to bottom.
    const QList<FeedNode *> &feedsInOrder() const { return m_feedOrder; }
    /// Takes a fresh reading of the same shape (FeedNode::sameShape): its feeds and counts, but
    /// these nodes, so that a view's indexes stay good.
    void adoptCounts(FeedTree &&fresh);
    /// Puts a fresh reading of one feed in place, its counts carried up; false when it would
    /// move in the tree (another name, folder or account), which takes a rebuild.
    bool updateFeed(const Feed &feed);
    /// Calls visit(node) for `from` and everything under it, top to bottom as the list reads.
    template <typename Visit>
    static void visit(const FeedNode &from, Visit visit)
    {
        std::vector<const FeedNode *> pending{&from};
        while (!pending.empty()) {
            const FeedNode *node = pending.back();
            pending.pop_back();
            visit(*node);
            for (auto child = node->children.crbegin(); child != node->children.crend(); ++child)
                pending.push_back(child->get());
        }
    }
    /// Adds `delta` unread to a node and everything above it.
    static void addUnread(FeedNode *node, int delta);

private:
    FeedNode *accountNode(const Feed &feed, const Names &names);
    FeedNode *folderNode(FeedNode *account, const QString &path);
    void finish(FeedNode *node, int &order);

    QList<Feed> m_feeds;
    std::unique_ptr<FeedNode> m_root = std::make_unique<FeedNode>();
    QHash<qint64, FeedNode *> m_byFeed;
    QList<FeedNode *> m_feedOrder;
};

} // namespace freshet
