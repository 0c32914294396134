// SPDX-License-Identifier: MIT
#include "articleheader.h"

#include <QAction>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

ArticleHeader::ArticleHeader(QWidget *parent) : QToolBar(parent), m_star(new QAction(this))
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
}

} // namespace freshet
