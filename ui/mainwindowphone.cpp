// SPDX-License-Identifier: MIT
// MainWindow on phones and tablets: touch rows, kinetic scrolling, pull-to-refresh, the "N new"
// button, and on phones one pane at a time with a toolbar, back (button, key or edge swipe) and
// a search button.
#include "mainwindow.h"

#include "elidinglabel.h"

#include "downloadscontroller.h"
#include "edgeswipe.h"
#include "feedlistmodel.h"
#include "feedtreeview.h"
#include "itemtablemodel.h"
#include "itemview.h"
#include "kineticscrolling.h"
#include "newitemsbadge.h"
#include "overflowmenu.h"
#include "pulltorefresh.h"
#include "thumbnailcache.h"
#include "touchlistdelegate.h"
#include "touchrowdelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>

#include <QMenu>
#include <QMenuBar>
#include <QSizePolicy>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

void MainWindow::setUpTouch(int rowHeight)
{
    // One column painted as a two-line row: the table's other columns do not fit a finger's
    // width, and the delegate shows the thumbnail, feed and age itself.
    m_itemTable->setItemDelegateForColumn(ItemTableModel::TitleColumn, new TouchRowDelegate(m_thumbnails, this));
    for (int column = 0; column < ItemTableModel::ColumnCount; ++column)
        m_itemTable->setColumnHidden(column, column != ItemTableModel::TitleColumn);
    m_itemTable->horizontalHeader()->hide();
    m_itemTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemTable->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_feedList->setItemDelegate(new TouchListDelegate(this));

    enableKineticScrolling(m_feedList);
    enableKineticScrolling(m_itemTable, true);
    enableKineticScrolling(m_itemView);
    m_pull = new PullToRefresh(m_itemTable);
    connect(m_pull, &PullToRefresh::refreshRequested, this, &MainWindow::refreshNow);
    m_newBadge = new NewItemsBadge(m_itemTable);
    m_newBadge->setScrollColumn(ItemTableModel::TitleColumn);
}

QWidget *MainWindow::createPhonePages(QWidget *itemList)
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"phonePages"_s);
    m_pages->addWidget(m_feedList);
    // The items page has room above the list for the search box, shown on demand.
    m_itemsPage = new QWidget(this);
    auto *itemsLayout = new QVBoxLayout(m_itemsPage);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->setSpacing(0);
    itemsLayout->addWidget(itemList);
    m_pages->addWidget(m_itemsPage);
    m_pages->addWidget(m_itemView);
    m_edgeSwipe = new EdgeSwipe(m_pages);
    connect(m_edgeSwipe, &EdgeSwipe::swipedBack, this, [this] { goBack(); });
    // A tap opens the next page; the feed list's current row already chose the items.
    connect(m_feedList, &QTreeView::clicked, this, [this] { showPage(Page::Items); });
    connect(m_feedList, &QTreeView::activated, this, [this] { showPage(Page::Items); });
    connect(m_itemTable, &QTableView::clicked, this, [this] { showPage(Page::Article); });
    connect(m_itemTable, &QTableView::activated, this, [this] { showPage(Page::Article); });
    return m_pages;
}

void MainWindow::createPhoneToolBar()
{
    const int iconEdge = fontMetrics().height() * 2; // buttons a finger can hit
    m_phoneToolBar = new QToolBar(tr("Navigation"), this);
    m_phoneToolBar->setObjectName(u"phoneToolBar"_s);
    m_phoneToolBar->setMovable(false);
    m_phoneToolBar->setFloatable(false);
    m_phoneToolBar->setIconSize(QSize(iconEdge, iconEdge));
    addToolBar(Qt::TopToolBarArea, m_phoneToolBar);

    m_backAction = m_phoneToolBar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"));
    m_backAction->setObjectName(u"backAction"_s);
    // Android's back button arrives as Qt::Key_Back; Escape and Alt+Left for keyboards.
    m_backAction->setShortcuts({QKeySequence(Qt::Key_Back), QKeySequence(Qt::Key_Escape), QKeySequence(Qt::ALT | Qt::Key_Left)});
    connect(m_backAction, &QAction::triggered, this, [this] { goBack(); });

    m_pageTitle = new ElidingLabel(this);
    m_pageTitle->setObjectName(u"pageTitle"_s);
    // Takes the room between the buttons; a long feed name ends in "…" rather than running
    // under them or pushing them off.
    m_pageTitle->setContentsMargins(fontMetrics().height() / 3, 0, 0, 0);
    QFont titleFont = m_pageTitle->font();
    titleFont.setBold(true);
    m_pageTitle->setFont(titleFont);
    m_phoneToolBar->addWidget(m_pageTitle);

    if (auto *main = findChild<QToolBar *>(u"mainToolBar"_s)) {
        const QList<QAction *> actions = main->actions();
        // Refresh and "unread only" from the desktop toolbar: the same actions, so the same code.
        for (QAction *action : actions) {
            if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
                continue;
            m_phoneToolBar->addAction(action);
        }
        main->hide();
        main->toggleViewAction()->setVisible(false);
    }
    // The menu bar goes (below), and with it every shortcut of its menus unless the window
    // holds their actions itself: J, K, N and Ctrl+F work on a phone's keyboard too.
    const QList<QAction *> menus = menuBar()->actions();
    for (const QAction *menu : menus) {
        if (menu->menu())
            addActions(menu->menu()->actions());
    }
    createPhoneSearch();
    m_starAction = m_phoneToolBar->addAction(tr("Star"));
    m_starAction->setObjectName(u"starAction"_s);
    m_starAction->setCheckable(true); // checked: the article shown is starred
    connect(m_starAction, &QAction::triggered, this, [this] {
        toggleCurrentStar();
        updatePhoneToolBar();
    });
    m_openAction = m_phoneToolBar->addAction(style()->standardIcon(QStyle::SP_DirLinkIcon), tr("Open in Browser"));
    m_openAction->setObjectName(u"openAction"_s);
    connect(m_openAction, &QAction::triggered, this, [this] { openCurrentInBrowser(); });

    // An article's enclosure (a podcast's episode) where the thumb is; shown only when the
    // article has one, as the bar has no room for a button that does nothing.
    // A button of its own that stands for the menus' action: hiding an action disables it (and
    // its D key), and the bar hides this one on every page but the article's.
    QAction *download = m_downloads->downloadItemAction();
    m_downloadAction = m_phoneToolBar->addAction(style()->standardIcon(QStyle::SP_ArrowDown), download->text(), download, &QAction::trigger);
    m_downloadAction->setObjectName(u"phoneDownloadAction"_s);
    m_downloadAction->setToolTip(download->toolTip());
    connect(download, &QAction::enabledChanged, this, [this] { updatePhoneToolBar(); });

    // The rest of the page's commands behind one button: a menu bar takes a row a phone cannot
    // spare, and its menus are the whole window's, not the page's.
    auto *more = new QToolButton(this);
    more->setObjectName(u"moreButton"_s);
    more->setText(u"⋮"_s); // ⋮, the overflow button of phone apps: a sign, not a word
    more->setAccessibleName(tr("More"));
    more->setToolTip(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    // The sign says it opens a menu; the arrow Qt adds would only crowd it.
    more->setStyleSheet(u"QToolButton::menu-indicator { image: none; width: 0px; }"_s);
    QFont moreFont = more->font();
    moreFont.setBold(true);
    moreFont.setPointSizeF(moreFont.pointSizeF() * 1.5);
    more->setFont(moreFont);
    createOverflowMenu();
    more->setMenu(m_overflow);
    m_phoneToolBar->addWidget(more);
    menuBar()->hide();

    connect(m_pages, &QStackedWidget::currentChanged, this, [this] { updatePhoneToolBar(); });
    updatePhoneToolBar();
}

void MainWindow::createOverflowMenu()
{
    m_overflow = new OverflowMenu(this);
    // The menus' own actions, found by name: their shortcuts, checks and enabling stay one.
    const auto commands = [this](std::initializer_list<const char16_t *> names) {
        QList<QAction *> found;
        for (const char16_t *name : names) {
            if (!*name) {
                found << nullptr; // a separator
                continue;
            }
            QAction *action = findChild<QAction *>(QString::fromUtf16(name));
            Q_ASSERT_X(action, "createOverflowMenu", "an action the menus no longer have");
            if (action)
                found << action;
        }
        return found;
    };
    // What each page offers besides its bar's buttons (Refresh, Unread Only, Search, Star, Open
    // in Browser, the enclosure), in the order a person looks for it there.
    m_overflow->addCommands(int(Page::Feeds),
                            commands({u"addFeedAction", u"newFolderAction", u"importOpmlAction", u"exportOpmlAction", u"", u"accountsAction",
                                      u"showDownloadsAction", u"", u"settingsAction", u"fetchLogAction", u"aboutAction"}));
    if (auto *debug = findChild<QMenu *>(u"debugMenu"_s))
        m_overflow->addSubmenu(int(Page::Feeds), debug);
    m_overflow->addCommands(int(Page::Feeds), commands({u"", u"quitAction"}));
    m_overflow->addCommands(int(Page::Items),
                            commands({u"refreshFeedAction", u"markAllReadAction", u"undoMarkAllReadAction", u"", u"editFeedAction",
                                      u"feedPropertiesAction", u"openWebsiteAction", u"copyFeedAddressAction", u"renameFeedAction", u"deleteFeedAction",
                                      u"", u"feedDownloadsAction", u"editLoginAction", u"forgetLoginAction", u"", u"settingsAction"}));
    m_overflow->addCommands(int(Page::Article), commands({u"toggleReadAction", u"togglePublishedAction", u"nextUnreadAction",
                                                          u"nextItemAction", u"previousItemAction", u"", u"loadImagesAction", u"zoomInAction",
                                                          u"zoomOutAction", u"actualSizeAction", u"", u"settingsAction"}));
}

void MainWindow::createPhoneSearch()
{
    // On the desktop the search box sits in the toolbar; a phone's toolbar has no room for it,
    // so a Search button opens it above the item list, and closing it shows every item again.
    static_cast<QVBoxLayout *>(m_itemsPage->layout())->insertWidget(0, m_search);
    m_search->setMaximumWidth(QWIDGETSIZE_MAX);
    m_search->setMinimumHeight(fontMetrics().height() * 2); // a finger's height
    m_search->hide();
    m_searchAction = m_phoneToolBar->addAction(QIcon::fromTheme(u"edit-find"_s), tr("Search"));
    m_searchAction->setObjectName(u"searchAction"_s);
    m_searchAction->setCheckable(true);
    connect(m_searchAction, &QAction::toggled, this, [this](bool open) {
        m_search->setVisible(open);
        if (open) {
            m_search->setFocus();
            return;
        }
        if (!m_search->text().isEmpty()) {
            m_search->clear();
            applyFilter(); // at once, not after the typing delay
        }
    });
}

void MainWindow::openSearch()
{
    if (m_searchAction) {
        showPage(Page::Items);
        m_searchAction->setChecked(true);
    }
    m_search->setFocus();
    m_search->selectAll();
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_pages ? Page(m_pages->currentIndex()) : Page::Items;
}

void MainWindow::showPage(Page page)
{
    if (!m_pages)
        return;
    m_pages->setCurrentIndex(int(page));
    // The article page opening is the reading: its item, and only when it really opens.
    if (page == Page::Article) {
        if (const std::optional<Item> item = m_itemModel->itemAt(m_itemTable->currentIndex().row()); item && item->id == m_shownItemId)
            markItemRead(*item);
    }
}

bool MainWindow::goBack()
{
    if (!m_pages || currentPage() == Page::Feeds)
        return false;
    // As in other phone apps, back first closes an open search.
    if (currentPage() == Page::Items && m_searchAction && m_searchAction->isChecked()) {
        m_searchAction->setChecked(false);
        return true;
    }
    showPage(Page(int(currentPage()) - 1));
    return true;
}

void MainWindow::updatePhoneToolBar()
{
    const Page page = currentPage();
    m_backAction->setVisible(page != Page::Feeds);
    m_backAction->setEnabled(page != Page::Feeds); // Android's back then leaves the app
    m_starAction->setVisible(page == Page::Article);
    m_searchAction->setVisible(page == Page::Items);
    m_edgeSwipe->setVisible(page != Page::Feeds); // the feed list's rows reach the edge
    m_edgeSwipe->raise();
    m_openAction->setVisible(page == Page::Article);
    m_downloadAction->setVisible(page == Page::Article && m_downloads->downloadItemAction()->isEnabled());
    m_overflow->showPage(int(page));
    m_unreadOnly->setVisible(page != Page::Article);
    QString title = u"Freshet"_s;
    // The row's own name: the list also shows its folder and unread count, which the bar has no room for.
    if (page != Page::Feeds)
        title = m_feedList->currentIndex().data(FeedListModel::NameRole).toString();
    m_pageTitle->setFullText(title);
    const std::optional<Item> item = m_itemModel->itemAt(m_itemTable->currentIndex().row());
    m_starAction->setChecked(item && item->starred);
    m_publishAction->setEnabled(item && item->publishable);
    m_publishAction->setChecked(item && item->inPublishedFeed);
}

} // namespace freshet
