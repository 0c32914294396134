// SPDX-License-Identifier: MIT
// MainWindow's menus, shortcuts and the commands behind them.
#include "mainwindow.h"

#include "aboutdialog.h"
#include "accountscontroller.h"
#include "accountsdialog.h"
#include "actions/editfeed.h"
#include "actions/exportopml.h"
#include "actions/importopml.h"
#include "actions/importopmltoaccount.h"
#include "actions/markitems.h"
#include "actions/removefeed.h"
#include "actions/renamefeed.h"
#include "appsettings.h"
#include "articleheader.h"
#include "background/backgroundfetch.h"
#include "background/backgroundscheduler.h"
#include "background/inprocessscheduler.h"
#include "downloadscontroller.h"
#include "editfeeddialog.h"
#include "feedlistmodel.h"
#include "feedloginflow.h"
#include "feedpropertiesdialog.h"
#include "feedtreeview.h"
#include "fetchlogdialog.h"
#include "itemtablemodel.h"
#include "itemview.h"
#include "markallread.h"
#include "renamefeeddialog.h"
#include "settingsdialog.h"
#include "storage/storethread.h"
#include "thumbnailcache.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>

#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

QAction *menuAction(QMenu *menu, const QString &text, const QKeySequence &shortcut, QObject *context, auto slot)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(shortcut);
    QObject::connect(action, &QAction::triggered, context, slot);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    menuAction(file, tr("&Add Feed…"), QKeySequence::New, this, [this] { addFeed(); })->setObjectName(u"addFeedAction"_s);
    menuAction(file, tr("&Import OPML…"), QKeySequence(tr("Ctrl+I")), this, [this] { importOpml(); })->setObjectName(u"importOpmlAction"_s);
    menuAction(file, tr("&Export OPML…"), QKeySequence(tr("Ctrl+E")), this, [this] { exportOpml(); })->setObjectName(u"exportOpmlAction"_s);
    file->addSeparator();
    QAction *settings = menuAction(file, tr("&Settings…"), QKeySequence::Preferences, this, [this] { showSettings(); });
    settings->setObjectName(u"settingsAction"_s);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = menuAction(file, tr("&Quit"), QKeySequence::Quit, this, [this] { this->quit(); });
    quit->setObjectName(u"quitAction"_s);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *feeds = menuBar()->addMenu(tr("F&eeds"));
    QAction *refresh = menuAction(feeds, tr("&Refresh All"), QKeySequence::Refresh, this, [this] { refreshNow(); });
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    QAction *markAll = menuAction(feeds, tr("&Mark All as Read"), QKeySequence(tr("Ctrl+Shift+R")), this, [this] { markAllRead(); });
    markAll->setObjectName(u"markAllReadAction"_s);
    m_markAll = new MarkAllRead(m_actions, this);
    connect(m_markAll, &MarkAllRead::marking, m_itemModel, &ItemTableModel::markLoadedRead);
    connect(m_markAll, &MarkAllRead::changed, this, &MainWindow::reloadFromStore);
    feeds->addAction(m_markAll->undoAction());
    feeds->addSeparator();
    QAction *refreshOne = menuAction(feeds, tr("Refresh &This Feed"), QKeySequence(tr("Shift+F5")), this,
                                     [this] { refreshCurrentFeed(); });
    refreshOne->setObjectName(u"refreshFeedAction"_s);
    m_refreshOneAction = refreshOne;
    QAction *website = menuAction(feeds, tr("Open &Website"), QKeySequence(), this, [this] { openCurrentFeedWebsite(); });
    website->setObjectName(u"openWebsiteAction"_s);
    QAction *copyAddress = menuAction(feeds, tr("&Copy Feed Address"), QKeySequence(), this, [this] { copyCurrentFeedAddress(); });
    copyAddress->setObjectName(u"copyFeedAddressAction"_s);
    m_feedOnlyActions = {website, copyAddress};
    QAction *rename = menuAction(feeds, tr("Re&name Feed…"), QKeySequence(tr("F2")), this, [this] { renameChosen(); });
    rename->setObjectName(u"renameFeedAction"_s);
    // F2 renames in the feed list only: elsewhere it is free for the focused widget.
    rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_renameAction = rename;
    QAction *remove = menuAction(feeds, tr("&Delete Feed…"), QKeySequence(tr("Ctrl+Del")), this, [this] { deleteChosen(); });
    remove->setObjectName(u"deleteFeedAction"_s);
    m_deleteAction = remove;
    QAction *editFeed = menuAction(feeds, tr("&Edit Feed…"), QKeySequence(tr("Ctrl+Shift+E")), this, [this] { editCurrentFeed(); });
    editFeed->setObjectName(u"editFeedAction"_s);
    QAction *properties = menuAction(feeds, tr("Propert&ies…"), QKeySequence(tr("Alt+Return")), this,
                                     [this] { showFeedProperties(); });
    properties->setObjectName(u"feedPropertiesAction"_s);
    // Alt+Return in the feed list only: elsewhere it is free for the focused widget.
    properties->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_feedOnlyActions << properties << editFeed;
    QAction *newFolder = menuAction(feeds, tr("New F&older…"), QKeySequence(tr("Ctrl+Shift+N")), this, [this] { this->newFolder(); });
    newFolder->setObjectName(u"newFolderAction"_s);
    // The feed list's own menu: what can be done to the feed or folder under the pointer.
    m_feedList->addActions({refreshOne, markAll, website, copyAddress, editFeed, properties, rename, remove, newFolder});
    connect(m_feedList->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateFeedActions);
    connect(m_feedModel, &FeedListModel::feedsDropped, this, &MainWindow::moveFeeds);
    updateFeedActions();
    m_feedList->setContextMenuPolicy(Qt::ActionsContextMenu);
    feeds->addSeparator();
    QAction *editLogin = menuAction(feeds, tr("Edit &Login…"), QKeySequence(tr("Ctrl+L")), this, [this] {
        if (const qint64 id = selectedFeedId(); id > 0)
            m_logins->edit(id);
    });
    editLogin->setObjectName(u"editLoginAction"_s);
    QAction *forgetLogin = menuAction(feeds, tr("&Forget Login"), QKeySequence(), this, [this] {
        if (const qint64 id = selectedFeedId(); id > 0)
            m_logins->forget(id);
    });
    forgetLogin->setObjectName(u"forgetLoginAction"_s);
    feeds->addSeparator();
    QAction *accounts = menuAction(feeds, tr("&Accounts…"), QKeySequence(tr("Ctrl+Shift+A")), this, [this] { showAccounts(); });
    accounts->setObjectName(u"accountsAction"_s);

    QMenu *items = menuBar()->addMenu(tr("&Item"));
    menuAction(items, tr("&Next Item"), QKeySequence(tr("J")), this, [this] { selectRelative(1, false); })->setObjectName(u"nextItemAction"_s);
    menuAction(items, tr("&Previous Item"), QKeySequence(tr("K")), this, [this] { selectRelative(-1, false); })->setObjectName(u"previousItemAction"_s);
    menuAction(items, tr("Next &Unread Item"), QKeySequence(tr("N", "the key of Next Unread Item")), this, [this] {
        selectRelative(1, true);
    })->setObjectName(u"nextUnreadAction"_s);
    menuAction(items, tr("Next &Feed"), QKeySequence(tr("Shift+J", "the key of Next Feed")), this, [this] {
        if (!selectFeed(1, false))
            statusBar()->showMessage(tr("This is the last feed."), 3000);
    });
    menuAction(items, tr("Previous F&eed"), QKeySequence(tr("Shift+K", "the key of Previous Feed")), this, [this] {
        if (!selectFeed(-1, false))
            statusBar()->showMessage(tr("This is the first feed."), 3000);
    });
    items->addSeparator();
    menuAction(items, tr("Toggle &Read"), QKeySequence(tr("M")), this, [this] { toggleCurrentRead(); })->setObjectName(u"toggleReadAction"_s);
    menuAction(items, tr("Toggle &Star"), QKeySequence(tr("S")), this, [this] { toggleCurrentStar(); });
    // Checked while the article is in its Tiny Tiny RSS account's public feed; only such an
    // account's articles can be (updateArticleHeader).
    m_publishAction = menuAction(items, tr("Pu&blished"), QKeySequence(tr("Shift+P", "the key of Published")), this,
                                 [this] { toggleCurrentPublished(); });
    m_publishAction->setObjectName(u"togglePublishedAction"_s);
    m_publishAction->setCheckable(true);
    m_publishAction->setEnabled(false);
    m_publishAction->setStatusTip(tr("Put the article in the public feed of its Tiny Tiny RSS account, or take it out"));
    m_openInBrowserAction = menuAction(items, tr("&Open in Browser"), QKeySequence(tr("O")), this, [this] { openCurrentInBrowser(); });
    m_openInBrowserAction->setObjectName(u"openInBrowserAction"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_unreadOnly = view->addAction(tr("&Unread Only"));
    m_unreadOnly->setCheckable(true);
    m_unreadOnly->setShortcut(QKeySequence(tr("Ctrl+U")));
    connect(m_unreadOnly, &QAction::toggled, this, [this] { applyFilter(); });
    m_loadImages = view->addAction(tr("Load &Images"));
    m_loadImages->setObjectName(u"loadImagesAction"_s);
    m_loadImages->setCheckable(true);
    m_loadImages->setChecked(m_appSettings->loadImages());
    connect(m_loadImages, &QAction::triggered, this, [this](bool load) {
        m_appSettings->setLoadImages(load);
        applySettings();
        onCurrentItemChanged();
    });
    menuAction(view, tr("&Search"), QKeySequence::Find, this, [this] { openSearch(); });
    view->addSeparator();
    QAction *zoomIn = menuAction(view, tr("&Zoom In"), QKeySequence::ZoomIn, this, [this] { zoomArticle(m_itemView->zoom() + 1); });
    // Ctrl+= as well: on most keyboards + is the shifted =.
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomIn->setObjectName(u"zoomInAction"_s);
    menuAction(view, tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { zoomArticle(m_itemView->zoom() - 1); })->setObjectName(u"zoomOutAction"_s);
    menuAction(view, tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), this, [this] { zoomArticle(0); })->setObjectName(u"actualSizeAction"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    menuAction(help, tr("&Keyboard Shortcuts"), QKeySequence(tr("F1")), this, [this] { showKeyboardShortcuts(); });
    // In every build, not only with --debug: it is where a failing feed says why.
    menuAction(help, tr("Fetch &Log…"), QKeySequence(tr("Ctrl+Shift+L")), this, [this] { showFetchLog(); })->setObjectName(u"fetchLogAction"_s);
    QAction *about = menuAction(help, tr("&About Freshet"), {}, this, [this] { showAbout(); });
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = menuAction(help, tr("About &Qt"), {}, qApp, [] { QApplication::aboutQt(); });
    aboutQt->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->addAction(refresh);
    toolbar->addAction(m_unreadOnly);
    if (m_options.formFactor != FormFactor::Phone) { // the phone opens it above the items
        toolbar->addSeparator();
        toolbar->addWidget(m_search);
    }
}

void MainWindow::createDownloads()
{
    m_downloads = new DownloadsController(m_services.profile, m_services.store, this, m_services.reachability);
    auto *menu = new QMenu(tr("&Downloads"), this);
    menu->setObjectName(u"downloadsMenu"_s);
    // Before Help, which stays last.
    menuBar()->insertMenu(menuBar()->actions().constLast(), menu);
    m_downloads->install(menu, m_itemTable, m_feedList, m_services.fetch);
    if (m_articleHeader)
        m_articleHeader->addCommands(m_openInBrowserAction, m_downloads->downloadItemAction());
    connect(m_downloads, &DownloadsController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::createDebugMenu()
{
    QMenu *debug = menuBar()->addMenu(tr("De&bug"));
    debug->setObjectName(u"debugMenu"_s);
    QAction *simulate = menuAction(debug, tr("Simulate &Background Fetch"), QKeySequence(tr("Ctrl+Shift+B")), this,
                                   [this] { simulateBackgroundFetch(); });
    simulate->setObjectName(u"simulateBackgroundFetch"_s);
    menuAction(debug, tr("Simulate &Push Notification"), QKeySequence(tr("Ctrl+Shift+P")), this, [this] {
        if (!m_services.fetch->isRunning())
            m_services.fetch->perform(FetchTrigger::Push, BackgroundFetch::defaultBudget);
    });
    menuAction(debug, tr("Open &Data Folder"), {}, this,
               [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_services.profile.dataDir())); });
}

void MainWindow::setCurrentRead(bool read)
{
    QList<qint64> ids;
    const QModelIndexList rows = m_itemTable->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(ItemTableModel::ItemIdRole).toLongLong();
    if (ids.isEmpty() && m_itemTable->currentIndex().isValid())
        ids << m_itemTable->currentIndex().data(ItemTableModel::ItemIdRole).toLongLong();
    setItemsRead(ids, read);
}

void MainWindow::setItemsRead(const QList<qint64> &ids, bool read)
{
    if (ids.isEmpty())
        return;
    // The table answers at once; the store and the counts follow when the write is done.
    QList<qint64> feedIds;
    for (qint64 id : ids) {
        const std::optional<Item> item = m_itemModel->itemAt(m_itemModel->rowOfItem(id));
        if (!item)
            continue;
        m_itemModel->setItemFlags(id, read, item->starred);
        if (!feedIds.contains(item->feedId))
            feedIds << item->feedId;
    }
    ItemMarking marking;
    marking.mark = ItemMark::Read;
    marking.value = read;
    marking.itemIds = ids;
    actions::markItems(m_actions, marking, this, [this, feedIds](const actions::Outcome &done) {
        if (!done.succeeded())
            showError(done.message);
        if (feedIds.isEmpty())
            m_feedModel->refresh();
        else
            m_feedModel->refreshFeeds(feedIds);
    });
}

void MainWindow::toggleCurrentRead()
{
    const std::optional<Item> item = m_itemModel->itemAt(m_itemTable->currentIndex().row());
    if (item)
        setCurrentRead(!item->read);
}

void MainWindow::toggleRead(int row)
{
    const std::optional<Item> item = m_itemModel->itemAt(row);
    if (item)
        setItemsRead({item->id}, !item->read);
}

void MainWindow::toggleCurrentStar()
{
    toggleStar(m_itemTable->currentIndex().row());
}

void MainWindow::toggleStar(int row)
{
    const std::optional<Item> item = m_itemModel->itemAt(row);
    if (!item)
        return;
    const qint64 id = item->id;
    const bool starred = !item->starred;
    m_itemModel->setItemFlags(id, item->read, starred);
    ItemMarking marking;
    marking.mark = ItemMark::Starred;
    marking.value = starred;
    marking.itemIds = {id};
    actions::markItems(m_actions, marking, this, [this](const actions::Outcome &done) {
        if (!done.succeeded())
            showError(done.message);
    });
}

void MainWindow::toggleCurrentPublished()
{
    const std::optional<Item> item = m_itemModel->itemAt(m_itemTable->currentIndex().row());
    if (!item || !item->publishable)
        return;
    const bool published = !item->inPublishedFeed;
    m_itemModel->setItemPublished(item->id, published);
    ItemMarking marking;
    marking.mark = ItemMark::Published;
    marking.value = published;
    marking.itemIds = {item->id};
    actions::markItems(m_actions, marking, this, [this](const actions::Outcome &done) {
        if (!done.succeeded())
            showError(done.message);
    });
}

void MainWindow::markAllRead()
{
    const QModelIndex current = m_feedList->currentIndex();
    const FeedListModel::RowKind kind = m_feedModel->kindAt(current);
    const ItemMarking which = markingOf(current);
    const bool everything = kind == FeedListModel::RowKind::AllItems || kind == FeedListModel::RowKind::Root
                            || kind == FeedListModel::RowKind::Starred;
    const int unread = everything ? m_feedModel->totalUnread() : current.data(FeedListModel::UnreadRole).toInt();
    m_markAll->markAll(which, everything ? QString() : current.data(FeedListModel::NameRole).toString(), unread);
}

void MainWindow::selectRelative(int step, bool unreadOnly)
{
    const int current = m_itemTable->currentIndex().row();
    std::optional<int> found;
    if (unreadOnly)
        found = m_itemModel->unreadRowFrom(current, step);
    else if (m_itemModel->itemAt(current + step))
        found = current + step;
    const FeedListModel::RowKind shown = m_feedModel->kindAt(m_feedList->currentIndex());
    const bool inFeeds = shown == FeedListModel::RowKind::Feed || shown == FeedListModel::RowKind::Folder
                         || shown == FeedListModel::RowKind::Account;
    if (!found && unreadOnly && inFeeds && selectFeed(1, true)) {
        // Read on into the next feed with unread items, as NetNewsWire does.
        found = m_itemModel->unreadRowFrom(-1, 1);
    }
    if (!found) {
        statusBar()->showMessage(unreadOnly ? tr("No more unread items.") : tr("No more items."), 3000);
        return;
    }
    const int row = *found;
    m_itemTable->setCurrentIndex(m_itemModel->index(row, ItemTableModel::TitleColumn));
    m_itemTable->scrollTo(m_itemTable->currentIndex());
}

bool MainWindow::selectFeed(int step, bool withUnread)
{
    // From "All items", "Starred" or nothing chosen the next feed is the first; from a folder,
    // the first in it. A feed in a collapsed folder opens it (scrollTo).
    const QModelIndex next = m_feedModel->adjacentFeed(m_feedList->currentIndex(), step, withUnread);
    if (!next.isValid())
        return false;
    m_feedList->setCurrentIndex(next);
    m_feedList->scrollTo(next);
    return true;
}

void MainWindow::openCurrentInBrowser()
{
    const std::optional<Item> item = m_itemModel->itemAt(m_itemTable->currentIndex().row());
    if (!item || item->link.isEmpty())
        return;
    const QUrl url(item->link);
    if (url.scheme() == u"http"_s || url.scheme() == u"https"_s)
        QDesktopServices::openUrl(url);
}

void MainWindow::importOpml()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import OPML"), {}, tr("OPML files (*.opml *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    // With a sync account's row chosen, its server may be where the feeds belong.
    const qint64 accountId = m_feedList->currentIndex().data(FeedListModel::AccountIdRole).toLongLong();
    if (accountId > localAccountId) {
        const QString account = m_feedModel->indexOfKey(u"account:%1"_s.arg(accountId)).data(FeedListModel::NameRole).toString();
        QMessageBox box(QMessageBox::Question, tr("Import OPML"),
                        tr("Subscribe the account “%1” to the feeds of %2, on its server?").arg(account, QFileInfo(path).fileName()),
                        QMessageBox::Cancel, this);
        box.setObjectName(u"importOpmlWhere"_s);
        box.setInformativeText(tr("Its server then fetches them for every device that uses it. Or import them to this computer only."));
        QPushButton *intoAccount = box.addButton(tr("Into “%1”").arg(account), QMessageBox::AcceptRole);
        QPushButton *here = box.addButton(tr("On This Computer"), QMessageBox::AcceptRole);
        box.setDefaultButton(intoAccount);
        box.exec();
        if (box.clickedButton() == intoAccount) {
            importOpmlToAccount(path, accountId, account);
            return;
        }
        if (box.clickedButton() != here)
            return;
    }
    statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    actions::importOpml(m_actions, path, this, [this](const actions::Outcome &outcome) {
        statusBar()->clearMessage();
        if (!outcome.succeeded()) {
            warn(tr("Import OPML"), outcome.message, u"importOpmlError"_s);
            return;
        }
        m_feedModel->refresh();
        showImported(outcome);
        if (!m_services.fetch->isRunning())
            m_services.fetch->perform(FetchTrigger::Manual, BackgroundFetch::defaultBudget);
    });
}

void MainWindow::importOpmlToAccount(const QString &path, qint64 accountId, const QString &account)
{
    statusBar()->showMessage(tr("Importing %1 into “%2”…").arg(QFileInfo(path).fileName(), account));
    actions::importOpmlToAccount(
        m_actions, path, accountId, this,
        [this, account](int sent, int total) {
            // Each subscription waits for the server to fetch the feed: say how far it is.
            statusBar()->showMessage(tr("Subscribing “%1” to feed %2 of %3…").arg(account).arg(std::min(sent + 1, total)).arg(total));
        },
        [this](const actions::Outcome &outcome) {
            statusBar()->clearMessage();
            if (!outcome.succeeded()) {
                warn(tr("Import OPML"), outcome.message, u"importOpmlError"_s);
                return;
            }
            showImported(outcome);
            // The new subscriptions and their articles come with the account's sync.
            if (!m_services.fetch->isRunning())
                m_services.fetch->perform(FetchTrigger::Manual, BackgroundFetch::defaultBudget);
        });
}

void MainWindow::showImported(const actions::Outcome &outcome)
{
    statusBar()->showMessage(outcome.message, 15000);
    if (outcome.details.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Import OPML"), outcome.message, QMessageBox::Ok, this);
    box->setObjectName(u"importOpmlSkipped"_s);
    box->setInformativeText(tr("Some entries were skipped; Show Details says why."));
    box->setDetailedText(outcome.details.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::exportOpml()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export OPML"), u"freshet.opml"_s, tr("OPML files (*.opml)"));
    if (path.isEmpty())
        return;
    actions::exportOpml(m_actions, path, this, [this](const actions::Outcome &outcome) {
        if (!outcome.succeeded())
            warn(tr("Export OPML"), outcome.message, u"exportOpmlError"_s);
        else
            statusBar()->showMessage(outcome.message, 15000);
    });
}

void MainWindow::deleteCurrentFeed()
{
    const Feed *current = m_feedModel->feedAt(m_feedList->currentIndex());
    if (!current)
        return;
    const Feed feed = *current;
    const QString question = feed.isSynced()
                                 ? tr("Unsubscribe from %1 on the account “%2” (for every device that uses it) and delete its %n item(s) here?",
                                      nullptr, feed.itemCount)
                                       .arg(feed.displayTitle(), feed.accountName)
                                 : tr("Unsubscribe from %1 and delete its %n item(s)?", nullptr, feed.itemCount).arg(feed.displayTitle());
    if (QMessageBox::question(this, tr("Delete Feed"), question) != QMessageBox::Yes)
        return;
    actions::removeFeed(m_actions, feed, this, [this](const actions::Outcome &outcome) { showRemoved(outcome); });
}

void MainWindow::showRemoved(const actions::Outcome &outcome)
{
    if (!outcome.succeeded()) {
        warn(tr("Delete Feed"), outcome.message, u"deleteFeedError"_s);
        return;
    }
    m_feedModel->refresh();
    m_feedList->setCurrentIndex(m_feedModel->allItemsIndex());
    statusBar()->showMessage(outcome.message, 15000);
    if (!outcome.warning.isEmpty())
        warn(tr("Delete Feed"), outcome.warning, u"deleteFeedWarning"_s);
}

void MainWindow::zoomArticle(int steps)
{
    m_itemView->setZoom(steps);
    m_appSettings->setArticleZoom(m_itemView->zoom()); // kept for the next start
}

const Feed *MainWindow::chosenFeed()
{
    const Feed *feed = m_feedModel->feedAt(m_feedList->currentIndex());
    if (!feed)
        statusBar()->showMessage(tr("Choose a feed in the list first."), 5000);
    return feed;
}

void MainWindow::refreshCurrentFeed()
{
    // The chosen feed, or every feed in the chosen folder or account.
    const QModelIndex chosen = m_feedList->currentIndex();
    QList<const Feed *> feeds;
    for (qint64 id : m_feedModel->feedIdsUnder(chosen))
        feeds << m_feedModel->feedAt(m_feedModel->indexOfFeed(id));
    if (feeds.isEmpty() && m_feedModel->kindAt(chosen) != FeedListModel::RowKind::Folder)
        chosenFeed(); // says to choose one
    if (feeds.isEmpty())
        return;
    // Asked for by name: fetched now, due or not; a synced feed comes with its account's sync.
    QStringList urls;
    for (const Feed *feed : std::as_const(feeds))
        urls << feed->url;
    FetchScope scope = FetchScope::onlyFeeds(urls);
    for (const Feed *feed : std::as_const(feeds)) {
        if (feed->isSynced() && !scope.accountsOfNamedFeeds.contains(feed->accountName))
            scope.accountsOfNamedFeeds << feed->accountName;
    }
    refresh(scope);
}

void MainWindow::openCurrentFeedWebsite()
{
    const Feed *feed = chosenFeed();
    if (!feed)
        return;
    const QUrl site(feed->siteLink);
    if (site.scheme() != u"http"_s && site.scheme() != u"https"_s) {
        statusBar()->showMessage(tr("This feed names no website."), 5000);
        return;
    }
    QDesktopServices::openUrl(site);
}

void MainWindow::editCurrentFeed()
{
    const Feed *chosen = chosenFeed();
    if (!chosen)
        return;
    const Feed feed = *chosen;
    auto *dialog = new EditFeedDialog(feed, m_feedModel->foldersOf(feed.accountId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditFeedDialog::loginWanted, this, [this, feed] { m_logins->edit(feed.id); });
    connect(dialog, &QDialog::accepted, this, [this, dialog, feed] {
        actions::editFeed(m_actions, feed, dialog->edit(), this, [this, feed](const actions::Outcome &outcome) {
            showFolderChange(outcome, tr("Edit Feed"), u"feed:%1"_s.arg(feed.id));
        });
    });
    dialog->open();
}

void MainWindow::showFeedProperties()
{
    const Feed *feed = chosenFeed();
    if (!feed)
        return;
    auto *dialog = new FeedPropertiesDialog(*feed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::copyCurrentFeedAddress()
{
    const Feed *feed = chosenFeed();
    if (!feed)
        return;
    QGuiApplication::clipboard()->setText(feed->url);
    statusBar()->showMessage(tr("Copied %1").arg(feed->url), 5000);
}

void MainWindow::renameCurrentFeed()
{
    const Feed *current = m_feedModel->feedAt(m_feedList->currentIndex());
    if (!current)
        return;
    const Feed feed = *current;
    auto *dialog = new RenameFeedDialog(feed.displayTitle(), feed.ownDisplayTitle(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, feed] {
        actions::renameFeed(m_actions, feed, dialog->title(), this, [this](const actions::Outcome &outcome) { showRenamed(outcome); });
    });
    dialog->open();
}

void MainWindow::showRenamed(const actions::Outcome &outcome)
{
    if (!outcome.succeeded()) {
        warn(tr("Rename Feed"), outcome.message, u"renameFeedError"_s);
        return;
    }
    // The list is in name order, so the feed may move; the list keeps it chosen (keepPlace).
    reloadFromStore();
    statusBar()->showMessage(outcome.message, 15000);
}

void MainWindow::warn(const QString &title, const QString &message, const QString &objectName)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::showFetchLog()
{
    auto *dialog = new FetchLogDialog(m_actions, m_appSettings->backgroundSchedule().interval(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showKeyboardShortcuts()
{
    QString rows;
    const QList<QAction *> menus = menuBar()->actions();
    for (QAction *menu : menus) {
        for (QAction *action : menu->menu()->actions()) {
            if (!action->shortcut().isEmpty())
                rows += u"<tr><td>%1</td><td><b>%2</b></td></tr>"_s.arg(action->text().remove(u'&').toHtmlEscaped(),
                                                                        action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
        }
    }
    // Keys that belong to the panes rather than to a menu command.
    const QList<std::pair<QString, QKeySequence>> paneKeys = {
        {tr("Next page of the article; at its end, the next unread item"), QKeySequence(Qt::Key_Space)},
        {tr("Previous page of the article"), QKeySequence(Qt::SHIFT | Qt::Key_Space)},
        {tr("First item"), QKeySequence(Qt::Key_Home)},
        {tr("Last item"), QKeySequence(Qt::Key_End)},
        {tr("Next pane: feeds, items, article, search"), QKeySequence(Qt::Key_Tab)},
    };
    for (const auto &[what, key] : paneKeys)
        rows += u"<tr><td>%1</td><td><b>%2</b></td></tr>"_s.arg(what.toHtmlEscaped(), key.toString(QKeySequence::NativeText).toHtmlEscaped());
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard Shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(u"<table cellspacing=\"6\">%1</table>"_s.arg(rows));
    box.exec();
}

void MainWindow::showSettings()
{
    const BackgroundSchedule previous = m_appSettings->backgroundSchedule();
    SettingsDialog dialog(*m_appSettings, m_tray->isAvailable(), this);
    connect(&dialog, &SettingsDialog::accountsRequested, this, [this, &dialog] {
        AccountsDialog accounts(m_accounts, &dialog);
        accounts.exec();
    });
    if (m_services.osScheduler)
        dialog.setScheduleStatus(m_services.osScheduler->name(), m_scheduler->describe(),
                                 describeWhileClosed(previous.whileClosed, m_services.osScheduler->state()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save();
    applySettings();
    applyOsSchedule(m_appSettings->backgroundSchedule(), previous);
}

void MainWindow::showAccounts()
{
    AccountsDialog dialog(m_accounts, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace freshet
