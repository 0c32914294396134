// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMenu>

#include <array>

class QAction;

namespace freshet {

/// The phone's "More" menu: the commands of the page on show, where a desktop has a menu bar a
/// phone has no row for. Each page lists its own (the feed list: adding and settings; a feed's
/// items: what can be done to that feed; an article: reading it), so the menu is short and
/// every entry means something where the person is.
class OverflowMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverflowMenu)

public:
    static constexpr int pageCount = 3;

    explicit OverflowMenu(QWidget *parent = nullptr);

    /// Appends to a page's commands; nullptr stands for a separator. The actions stay their
    /// menus' own, so shortcuts, checks and enabling are the same as on the desktop.
    void addCommands(int page, const QList<QAction *> &commands);
    /// A submenu at the end of a page's commands (the Debug menu, with --debug).
    void addSubmenu(int page, QMenu *menu);
    /// Shows the page's commands from now on.
    void showPage(int page);
    int page() const { return m_page; }

private:
    std::array<QList<QAction *>, pageCount> m_commands;
    int m_page = -1;
};

} // namespace freshet
