// SPDX-License-Identifier: MIT
#include "articleheader.h"

#include <QAction>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

ArticleHeader::ArticleHeader(QWidget *parent) : QToolBar(parent), m_star(new QAction(this)), m_publish(new QAction(this))
{
    setObjectName(u"articleHeader"_s);
    setAccessibleName(tr("Article"));
    setMovable(false);
    setFloatable(false);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_star->setObjectName(u"articleStarAction"_s);
    m_star->setCheckable(true);
    connect(m_star, &QAction::triggered, this, &ArticleHeader::starToggled);
    addAction(m_star);
    m_publish->setObjectName(u"articlePublishAction"_s);
    m_publish->setCheckable(true);
    connect(m_publish, &QAction::triggered, this, &ArticleHeader::publishToggled);
    addAction(m_publish);
    showState(std::nullopt);
}

void ArticleHeader::addCommands(QAction *openInBrowser, QAction *downloadEnclosure)
{
    addAction(openInBrowser);
    addAction(downloadEnclosure);
}

void ArticleHeader::showState(const std::optional<Item> &item)
{
    setVisible(item.has_value());
    if (!item)
        return;
    // Checked while it is starred; the click itself goes to starToggled, not to a second toggle.
    const QSignalBlocker quiet(m_star);
    m_star->setChecked(item->starred);
    m_star->setText(item->starred ? tr("★ Starred") : tr("☆ Star"));
    m_star->setToolTip(item->starred ? tr("Starred: click to unstar (S)") : tr("Star this item (S)"));
    const QSignalBlocker quietPublish(m_publish);
    m_publish->setVisible(item->publishable);
    m_publish->setChecked(item->inPublishedFeed);
    m_publish->setText(item->inPublishedFeed ? tr("Published") : tr("Publish"));
    m_publish->setToolTip(item->inPublishedFeed ? tr("In the account's public feed: click to take it out (Shift+P)")
                                                : tr("Put this article in the account's public feed (Shift+P)"));
}

} // namespace freshet
