// SPDX-License-Identifier: MIT
#include "touchrowdelegate.h"

#include "itemtablemodel.h"
#include "thumbnailcache.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

TouchRowDelegate::TouchRowDelegate(ThumbnailCache *cache, QObject *parent) : QStyledItemDelegate(parent), m_cache(cache) {}

int TouchRowDelegate::rowHeight(const QFontMetrics &metrics)
{
    return std::max(3 * metrics.height(), 56);
}

QString TouchRowDelegate::age(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 minutes = std::max<qint64>(when.secsTo(now) / 60, 0);
    if (minutes < 1)
        return tr("now", "an item's age: published less than a minute ago");
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 24 * 60)
        return tr("%n h", nullptr, int(minutes / 60));
    if (minutes < 7 * 24 * 60)
        return tr("%n d", nullptr, int(minutes / (24 * 60)));
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

void TouchRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem panel = option;
    initStyleOption(&panel, index);
    panel.text.clear();
    panel.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, widget);

    const int pad = option.fontMetrics.height() / 2;
    QRect text = option.rect.adjusted(pad, pad / 2, -pad, -pad / 2);
    const QString image = index.data(ItemTableModel::ImageRole).toString();
    if (!image.isEmpty() && m_cache->isEnabled()) {
        const int edge = std::min(m_cache->edge(), option.rect.height() - pad);
        const QRect target(text.left(), option.rect.center().y() - edge / 2, edge, edge);
        const QPixmap pixmap = m_cache->thumbnail(image);
        if (pixmap.isNull())
            painter->fillRect(target, option.palette.alternateBase());
        else
            painter->drawPixmap(target, pixmap);
        text.setLeft(target.right() + pad);
    }

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorRole role = selected ? QPalette::HighlightedText : QPalette::Text;
    QFont titleFont = option.font;
    titleFont.setBold(!index.data(ItemTableModel::ReadRole).toBool());
    const QFontMetrics titleMetrics(titleFont);
    const QRect titleRect(text.left(), text.top(), text.width(), text.height() / 2);
    painter->save();
    painter->setFont(titleFont);
    painter->setPen(option.palette.color(role));
    const QString title = index.siblingAtColumn(ItemTableModel::TitleColumn).data().toString();
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignBottom, titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));

    const QString star = index.data(ItemTableModel::StarredRole).toBool() ? u"\u2605 "_s : QString();
    const QString feed = index.siblingAtColumn(ItemTableModel::FeedColumn).data().toString();
    const QString when = age(index.data(ItemTableModel::SortAtRole).toDateTime(), QDateTime::currentDateTimeUtc());
    const QString detail = star + (when.isEmpty() ? feed : feed + u" \u00B7 "_s + when);
    const QRect detailRect(text.left(), titleRect.bottom() + 1, text.width(), text.height() - titleRect.height());
    painter->setFont(option.font);
    painter->setPen(selected ? option.palette.color(role) : option.palette.color(QPalette::PlaceholderText));
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignTop, option.fontMetrics.elidedText(detail, Qt::ElideMiddle, detailRect.width()));
    painter->restore();
}

QSize TouchRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {option.rect.width(), rowHeight(option.fontMetrics)};
}

} // namespace freshet
