// SPDX-License-Identifier: MIT
#include "overflowmenu.h"

#include <QAction>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

OverflowMenu::OverflowMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(u"overflowMenu"_s);
    // Separators around commands the page hides (a feed's website in a folder) fold away.
    setSeparatorsCollapsible(true);
}

void OverflowMenu::addCommands(int page, const QList<QAction *> &commands)
{
    Q_ASSERT(page >= 0 && page < pageCount);
    m_commands[page] << commands;
    if (page == m_page) {
        const int shown = m_page;
        m_page = -1;
        showPage(shown);
    }
}

void OverflowMenu::addSubmenu(int page, QMenu *menu)
{
    addCommands(page, {nullptr, menu->menuAction()});
}

void OverflowMenu::showPage(int page)
{
    Q_ASSERT(page >= 0 && page < pageCount);
    if (page == m_page)
        return;
    m_page = page;
    clear(); // removes the actions from this menu only; their owners keep them
    for (QAction *command : std::as_const(m_commands[page])) {
        if (command)
            addAction(command);
        else
            addSeparator();
    }
}

} // namespace freshet
