// SPDX-License-Identifier: MIT
#include "feedtreeview.h"

#include "feedlistmodel.h"

#include <QHeaderView>

namespace freshet {

FeedTreeView::FeedTreeView(FeedListModel *model, QWidget *parent) : QTreeView(parent), m_model(model)
{
    setModel(model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAllColumnsShowFocus(true);
    // Open and close with the arrow or the keys; a double click chooses, as a single one does.
    setExpandsOnDoubleClick(false);
    // Feeds are dragged onto a folder, or onto the account for its top level (the model says
    // which may go where).
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(FeedListModel::NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(FeedListModel::UnreadColumn, QHeaderView::ResizeToContents);
    // The counts' width from the rows on screen only: by default the header measures 1000 rows,
    // laying out each one's text, at every change of the list (200-400 ms on the GUI thread
    // at the end of a 1000-feed refresh, make bench-stall). The widest count is the top row's
    // (All items, then each account's total), on screen whenever the list is at its top.
    header()->setResizeContentsPrecision(0);

    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptKey = currentIndex().data(FeedListModel::NodeKeyRole).toString(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        applyExpansion();
        QModelIndex kept = m_model->indexOfKey(m_keptKey);
        setCurrentIndex(kept.isValid() ? kept : m_model->allItemsIndex());
    });
    connect(this, &QTreeView::expanded, this, [this](const QModelIndex &index) { remember(index, false); });
    connect(this, &QTreeView::collapsed, this, [this](const QModelIndex &index) { remember(index, true); });
    applyExpansion();
}

void FeedTreeView::setCollapsedKeys(const QStringList &keys)
{
    m_collapsed = keys;
    applyExpansion();
}

void FeedTreeView::applyExpansion()
{
    m_applying = true;
    expandAll();
    for (const QString &key : std::as_const(m_collapsed)) {
        if (const QModelIndex index = m_model->indexOfKey(key); index.isValid())
            collapse(index);
    }
    m_applying = false;
}

void FeedTreeView::remember(const QModelIndex &index, bool collapsed)
{
    if (m_applying)
        return;
    const QString key = index.data(FeedListModel::NodeKeyRole).toString();
    if (collapsed == m_collapsed.contains(key))
        return;
    if (collapsed)
        m_collapsed << key;
    else
        m_collapsed.removeAll(key);
    emit collapsedKeysChanged(m_collapsed);
}

} // namespace freshet
