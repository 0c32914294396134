// SPDX-License-Identifier: MIT
#pragma once

#include "feed.h"
#include "feedtree.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QList>

namespace freshet {

class ItemReader;

/// The feed list: "All items" and "Starred", then each account with its folders and feeds
/// (FeedTree), each with its unread count in a column of its own and, when a feed's last fetch
/// failed, an error badge whose tooltip says what and when.
class FeedListModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedListModel)

public:
    using RowKind = FeedNodeKind;
    enum Column { NameColumn, UnreadColumn, ColumnCount };
    enum Role {
        FeedIdRole = Qt::UserRole + 1,
        KindRole,
        UnreadRole,
        HasErrorRole,
        UrlRole,
        NameRole,      ///< the node's own name ("All items", a feed's title): no count
        NodeKeyRole,   ///< names the node across refreshes (FeedNode::key)
        AccountIdRole, ///< accounts, folders and feeds: whose
        FolderRole,    ///< folders: their whole path; feeds: the folder they are in
    };

    explicit FeedListModel(ItemReader *reader, QObject *parent = nullptr);

    void setErrorIcon(const QIcon &icon) { m_errorIcon = icon; }
    void setFolderIcon(const QIcon &icon) { m_folderIcon = icon; }
    /// Re-reads the feeds; counts and errors change in place, a new, removed, renamed or moved
    /// feed resets (the view keeps its place through NodeKeyRole).
    void refresh();
    /// Re-reads only these feeds (the ones a running fetch just wrote): with a thousand feeds,
    /// reading all of them for each few that changed is what kept the window waiting.
    void refreshFeeds(const QList<qint64> &feedIds);

    int totalUnread() const;
    int feedCount() const { return int(m_tree.feeds().size()); }
    /// When the first of the feeds is next due to be checked; invalid when none is scheduled.
    QDateTime nextCheck() const;
    const Feed *feedAt(const QModelIndex &index) const;
    RowKind kindAt(const QModelIndex &index) const;
    QModelIndex indexOfFeed(qint64 feedId) const;
    QModelIndex indexOfKey(const QString &key) const;
    /// The account's folders, top to bottom ("Tech", "Tech/Linux").
    QStringList foldersOf(qint64 accountId) const;
    /// The feed, or every feed in the folder or account (not "All items": it is no group).
    QList<qint64> feedIdsUnder(const QModelIndex &index) const;
    QModelIndex allItemsIndex() const { return index(0, NameColumn); }
    /// The next (step 1) or previous (step -1) feed after `from` as the list reads top to
    /// bottom, if `withUnread` the next with unread items; invalid when there is none.
    QModelIndex adjacentFeed(const QModelIndex &from, int step, bool withUnread) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Dragging feeds onto a folder, or onto the account for the top level: only the local
    // account's (a sync account's folders are its server's). The drop only asks for the move
    // (feedsDropped); the window runs it and reads the list again.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    /// Whether folders can be made, renamed or deleted here: the local account's.
    bool foldersEditableAt(const QModelIndex &index) const;

signals:
    void readFailed(const QString &message);
    /// Feeds were dropped on a folder (empty: the account's top level).
    void feedsDropped(const QList<qint64> &feedIds, const QString &folder);

private:
    const FeedNode *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOfNode(const FeedNode *node, int column = NameColumn) const;
    FeedTree::Names names() const;
    void emitChanged(const FeedNode *node);

    ItemReader *m_reader;
    FeedTree m_tree;
    QIcon m_errorIcon;
    QIcon m_folderIcon;
};

} // namespace freshet
