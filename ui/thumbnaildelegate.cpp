// SPDX-License-Identifier: MIT
#include "thumbnaildelegate.h"

#include "itemtablemodel.h"
#include "thumbnailcache.h"

#include <QPainter>

namespace freshet {

ThumbnailDelegate::ThumbnailDelegate(ThumbnailCache *cache, QObject *parent) : QStyledItemDelegate(parent), m_cache(cache) {}

void ThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index); // selection background
    const QString url = index.data(ItemTableModel::ImageRole).toString();
    if (url.isEmpty() || !m_cache->isEnabled())
        return;
    const int edge = std::min({m_cache->edge(), option.rect.height() - 4, option.rect.width() - 4});
    const QRect target(option.rect.center().x() - edge / 2, option.rect.center().y() - edge / 2, edge, edge);
    const QPixmap pixmap = m_cache->thumbnail(url);
    if (pixmap.isNull()) {
        painter->fillRect(target, option.palette.alternateBase());
        return;
    }
    painter->drawPixmap(target, pixmap);
}

} // namespace freshet
