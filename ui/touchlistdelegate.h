// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace freshet {

/// A plain list row (the feed list) made tall enough for a finger: two and a half lines of the
/// font, at least 48 dp, painted as the style paints it.
class TouchListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TouchListDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace freshet
