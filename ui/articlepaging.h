// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAbstractScrollArea;
class QWidget;

namespace freshet {

/// Space reads on, as in NetNewsWire: from the item list or the article, Space scrolls the
/// article down a page and, once its end is on screen, asks for the next unread item; Shift+Space
/// scrolls back up. Other widgets keep their Space (the search box types it).
class ArticlePaging final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticlePaging)

public:
    /// article is the scrolled article; Space works where the focus is on it or on list.
    ArticlePaging(QAbstractScrollArea *article, QWidget *list);

signals:
    /// Space at the end of the article.
    void nextUnreadWanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractScrollArea *m_article;
};

} // namespace freshet
