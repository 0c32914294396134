// SPDX-License-Identifier: MIT
#include "touchlistdelegate.h"

#include <algorithm>

namespace freshet {

QSize TouchListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max({size.height(), option.fontMetrics.height() * 5 / 2, 48}));
    return size;
}

} // namespace freshet
