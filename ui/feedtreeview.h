// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTreeView>

namespace freshet {

class FeedListModel;

/// The feed list's view: names on the left, unread counts right-aligned in a column of their
/// own, folders open unless the person closed them (kept across restarts by the caller), and
/// the chosen node kept when the list is read again (a feed renamed or added moves it).
class FeedTreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedTreeView)

public:
    explicit FeedTreeView(FeedListModel *model, QWidget *parent = nullptr);

    /// The nodes to show closed (NodeKeyRole); applied now and after each re-read.
    void setCollapsedKeys(const QStringList &keys);
    QStringList collapsedKeys() const { return m_collapsed; }

signals:
    /// The person opened or closed a folder or account.
    void collapsedKeysChanged(const QStringList &keys);

private:
    void applyExpansion();
    void remember(const QModelIndex &index, bool collapsed);

    FeedListModel *m_model;
    QStringList m_collapsed;
    QString m_keptKey; ///< the current node's key while the model resets
    bool m_applying = false;
};

} // namespace freshet
