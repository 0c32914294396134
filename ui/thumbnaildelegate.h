// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace freshet {

class ThumbnailCache;

/// Paints an item's thumbnail from the cache, or a quiet placeholder while it loads.
class ThumbnailDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailDelegate)

public:
    ThumbnailDelegate(ThumbnailCache *cache, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    ThumbnailCache *m_cache;
};

} // namespace freshet
