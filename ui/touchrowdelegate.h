// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace freshet {

class ThumbnailCache;

/// One item as a touch-sized row: the thumbnail, the title (bold while unread), and the feed
/// with the item's age below it. Sized from the font, so it follows the platform's text scale.
class TouchRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TouchRowDelegate)

public:
    TouchRowDelegate(ThumbnailCache *cache, QObject *parent = nullptr);

    /// Two lines of text and padding, never under the 48 dp a finger needs.
    static int rowHeight(const QFontMetrics &metrics);
    /// "now", "5 min", "3 h", "2 d", else the date.
    static QString age(const QDateTime &when, const QDateTime &now);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    ThumbnailCache *m_cache;
};

} // namespace freshet
