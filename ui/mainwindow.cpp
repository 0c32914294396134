// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "accountscontroller.h"
#include "actions/fetchreport.h"
#include "articlepaging.h"

#include "appearance.h"
#include "appsettings.h"
#include "articleheader.h"
#include "background/backgroundfetch.h"
#include "background/inprocessscheduler.h"
#include "credentials/credentialstore.h"
#include "feedlistmodel.h"
#include "feedloginflow.h"
#include "feedtreeview.h"
#include "itemsorting.h"
#include "itemtableinput.h"
#include "itemtablemodel.h"
#include "itemview.h"
#include "localetime.h"
#include "pulltorefresh.h"
#include "storage/storeitemreader.h"
#include "storage/storethread.h"
#include "thumbnailcache.h"
#include "thumbnaildelegate.h"
#include "touchrowdelegate.h"
#include "trayicon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace freshet {

MainWindow::MainWindow(const AppServices &services, const Options &options, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_options(options)
{
    // A name, the same in every language: nothing for translators.
    setWindowTitle(u"Freshet"_s);
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/freshet.svg"_s));
    // A phone's own window fills the screen; this size is for trying the layout on a desktop.
    resize(m_options.formFactor == FormFactor::Phone ? QSize(390, 844) : QSize(1200, 760));

    // Settings live in the profile, so a profile is the whole of a person's Freshet.
    m_settings = new QSettings(m_services.profile.settingsPath(), QSettings::IniFormat, this);
    m_appSettings = std::make_unique<AppSettings>(m_settings);
    // Before any appearance of the person's own replaces it: "as the system is" goes back to it.
    m_systemPalette = QApplication::palette();
    m_feedModel = new FeedListModel(m_services.reader, this);
    m_feedModel->setErrorIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_itemModel = new ItemTableModel(m_services.reader, this);
    connect(m_feedModel, &FeedListModel::readFailed, this, &MainWindow::showError);
    connect(m_itemModel, &ItemTableModel::readFailed, this, &MainWindow::showError);
    // Before the menus: their commands keep a copy.
    m_actions = {m_services.store, new CredentialStore(this)};

    createWidgets();
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::refreshRequested, this, &MainWindow::refreshNow);
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);
    createActions();
    createDownloads();
    if (m_options.showDebugMenu)
        createDebugMenu();
    if (m_options.formFactor == FormFactor::Phone)
        createPhoneToolBar();
    orderTabStops();

    connect(m_services.fetch, &BackgroundFetch::started, this, &MainWindow::onFetchStarted);
    connect(m_services.fetch, &BackgroundFetch::progress, this, &MainWindow::onFetchProgress);
    connect(m_services.fetch, &BackgroundFetch::completed, this, &MainWindow::onFetchCompleted);
    connect(m_services.fetch, &BackgroundFetch::searchIndexCaughtUp, m_itemModel, &ItemTableModel::insertNewItems);
    connect(m_services.fetch, &BackgroundFetch::readItemsRemoved, this, [this](int items, qint64 bytes) {
        reloadFromStore();
        statusBar()->showMessage(
            tr("Removed %n read item(s) older than the Settings keep them; %1 freed.", nullptr, items).arg(QLocale().formattedDataSize(bytes)), 15000);
    });
    m_logins = new FeedLoginFlow(m_services, this);
    m_accounts = new AccountsController(m_services, this);
    connect(m_accounts, &AccountsController::accountsChanged, this, [this] {
        m_feedModel->refresh();
        applyFilter();
    });
    connect(m_accounts, &AccountsController::failed, this, &MainWindow::showError);
    // New rows show up while the run goes on, not only at its end; coalesced, so a thousand
    // feeds arriving do not mean a thousand reads on this thread.
    m_progressDelay = new QTimer(this);
    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(150);
    connect(m_progressDelay, &QTimer::timeout, this, &MainWindow::showProgress);
    m_newItemsDelay = new QTimer(this);
    m_newItemsDelay->setSingleShot(true);
    m_newItemsDelay->setInterval(400);
    connect(m_newItemsDelay, &QTimer::timeout, this, [this] {
        m_itemModel->insertNewItems();
        // The feed list in a turn of its own: two short pauses rather than one long one. Only
        // the feeds written since the last turn: reading all thousand is the longer pause.
        QTimer::singleShot(0, m_feedModel, [this] {
            if (m_updatedFeeds.contains(0))
                m_feedModel->refresh();
            else
                m_feedModel->refreshFeeds(m_updatedFeeds.values());
            m_updatedFeeds.clear();
        });
    });
    connect(m_services.fetch, &BackgroundFetch::feedUpdated, this, [this](qint64 feedId, int added, int updated) {
        if (feedId != 0)
            return;
        m_syncedArticles += added + updated;
        if (!m_progressDelay->isActive())
            m_progressDelay->start();
    });
    connect(m_services.fetch, &BackgroundFetch::feedUpdated, m_newItemsDelay, [this](qint64 feedId) {
        // 0: a sync account stored articles of several feeds; the whole list is read again.
        m_updatedFeeds.insert(feedId);
        if (!m_newItemsDelay->isActive())
            m_newItemsDelay->start();
    });

    // The status bar and the tray badge show the feed list's own total: whenever the list
    // reads its counts again, for whatever reason, they follow at once.
    connect(m_feedModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_feedModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStatus);
    connect(m_feedModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_feedModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    m_feedModel->refresh();
    m_feedList->setCurrentIndex(m_feedModel->allItemsIndex());
    applyFilter();
    updateStatus();
    createScheduler();
    applySettings();
    if (m_options.refreshOnStart)
        QTimer::singleShot(0, this, [this] { m_services.fetch->perform(FetchTrigger::Timer, BackgroundFetch::defaultBudget); });
    else
        m_openedWithoutRefresh = QDateTime::currentDateTimeUtc();
    reloadScheduleFromLog();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_feedModel->setFolderIcon(style()->standardIcon(QStyle::SP_DirIcon));
    m_feedList = new FeedTreeView(m_feedModel, this);
    m_feedList->setObjectName(u"feedList"_s);
    m_feedList->setAccessibleName(tr("Feeds"));
    m_feedList->setCollapsedKeys(m_appSettings->collapsedFeedNodes());
    connect(m_feedList, &FeedTreeView::collapsedKeysChanged, this,
            [this](const QStringList &keys) { m_appSettings->setCollapsedFeedNodes(keys); });

    m_itemTable = new QTableView(this);
    m_itemTable->setObjectName(u"itemTable"_s);
    m_itemTable->setAccessibleName(tr("Items"));
    m_itemTable->setModel(m_itemModel);
    m_itemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_itemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemTable->setShowGrid(false);
    m_itemTable->setWordWrap(false);
    m_itemTable->setTextElideMode(Qt::ElideRight);
    m_itemTable->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring rows: scrolling a long table stays cheap.
    m_itemTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const bool touch = m_options.formFactor != FormFactor::Desktop;
    const int rowHeight = touch ? TouchRowDelegate::rowHeight(fontMetrics()) : std::max(fontMetrics().height() + 8, 36);
    m_itemTable->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_thumbnails = new ThumbnailCache(m_services.profile.cacheDir(), touch ? rowHeight - fontMetrics().height() / 2 : rowHeight - 4, this);
    m_thumbnails->setEnabled(m_appSettings->loadImages());
    m_itemTable->setItemDelegateForColumn(ItemTableModel::ThumbnailColumn, new ThumbnailDelegate(m_thumbnails, this));
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, m_itemTable->viewport(), qOverload<>(&QWidget::update));
    QHeaderView *header = m_itemTable->horizontalHeader();
    header->setSectionResizeMode(ItemTableModel::TitleColumn, QHeaderView::Stretch);
    for (int column : {int(ItemTableModel::UnreadColumn), int(ItemTableModel::StarColumn)}) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, fontMetrics().height() + 12);
    }
    header->setSectionResizeMode(ItemTableModel::ThumbnailColumn, QHeaderView::Fixed);
    header->resizeSection(ItemTableModel::ThumbnailColumn, rowHeight + 4);
    header->resizeSection(ItemTableModel::FeedColumn, 200);
    header->resizeSection(ItemTableModel::AuthorColumn, 140);
    header->resizeSection(ItemTableModel::DateColumn, 150);
    // Any text column sorts; the choice is kept. The marker and picture columns do not sort:
    // "unread only" and the Starred list already answer those questions, as filters.
    m_sorting = new ItemSorting(header, m_itemModel, m_services.store, m_services.reader, this);
    connect(m_sorting, &ItemSorting::sorted, this, [this](int column, Qt::SortOrder order) { m_appSettings->setSort(column, order); });
    connect(m_sorting, &ItemSorting::preparing, this, [this](const QString &message) {
        if (message.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(message);
    });
    connect(m_sorting, &ItemSorting::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_sorting->choose(m_appSettings->sortColumn(), m_appSettings->sortOrder());

    m_itemView = new ItemView(this);
    m_itemView->setZoom(m_appSettings->articleZoom());
    if (touch)
        setUpTouch(rowHeight);

    if (m_options.formFactor == FormFactor::Phone) {
        setCentralWidget(createPhonePages(m_itemTable));
    } else {
        // The phone has these commands in its own bar (mainwindowphone.cpp).
        m_articleHeader = new ArticleHeader(this);
        connect(m_articleHeader, &ArticleHeader::starToggled, this, [this] { toggleCurrentStar(); });
        connect(m_articleHeader, &ArticleHeader::publishToggled, this, [this] { toggleCurrentPublished(); });
        // The header follows the shown item's flags, whoever changed them (S, a click on ★, sync).
        connect(m_itemModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateArticleHeader);
        connect(m_itemModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateArticleHeader);
        auto *right = new QSplitter(Qt::Vertical, this);
        right->addWidget(m_itemTable);
        auto *article = new QWidget(this);
        auto *articleLayout = new QVBoxLayout(article);
        articleLayout->setContentsMargins(0, 0, 0, 0);
        articleLayout->setSpacing(0);
        articleLayout->addWidget(m_articleHeader);
        articleLayout->addWidget(m_itemView);
        right->addWidget(article);
        right->setStretchFactor(0, 1);
        right->setStretchFactor(1, 1);
        auto *main = new QSplitter(Qt::Horizontal, this);
        main->addWidget(m_feedList);
        main->addWidget(right);
        main->setStretchFactor(1, 1);
        main->setSizes({260, 940});
        setCentralWidget(main);
    }

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchBox"_s);
    m_search->setPlaceholderText(tr("Search titles and text"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilter);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"refreshProgress"_s);
    m_progress->setAccessibleName(tr("Refresh progress"));
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(30s);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer->start();

    connect(m_feedList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                // A list read again with another shape (a feed added from the command line, an
                // account's feeds synced) is reset, and the view puts its node back: the table,
                // and the article being read, stay as they are.
                if (!previous.isValid() && m_tableShowsFeeds && m_itemModel->isFilteredBy(filterFor(current)))
                    return;
                applyFilter();
            });
    connect(m_itemTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentItemChanged);
    if (m_options.formFactor != FormFactor::Phone) // there, a tap opens the article page
        connect(m_itemTable, &QTableView::doubleClicked, this, &MainWindow::openCurrentInBrowser);
    // Reading with the keyboard alone: Space pages through articles (Tab: orderTabStops()).
    auto *paging = new ArticlePaging(m_itemView, m_itemTable);
    connect(paging, &ArticlePaging::nextUnreadWanted, this, [this] { selectRelative(1, true); });
    auto *input = new ItemTableInput(m_itemTable);
    connect(input, &ItemTableInput::readToggleClicked, this, &MainWindow::toggleRead);
    connect(input, &ItemTableInput::starToggleClicked, this, &MainWindow::toggleStar);
    // A sort or a search is a new list: it starts at its top, and the status bar counts it.
    connect(m_itemModel, &QAbstractItemModel::modelReset, m_itemTable, &QTableView::scrollToTop);
    connect(m_itemModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_itemModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_itemModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
}

void MainWindow::orderTabStops()
{
    // Tab goes round feeds, items, article and search; the article's links are for the mouse
    // and Enter, not stops on the way (after the toolbar took the search box in).
    m_itemView->setTabChangesFocus(true);
    m_itemTable->setTabKeyNavigation(false); // Tab leaves the table rather than walking its cells
    QWidget::setTabOrder(m_feedList, m_itemTable);
    QWidget::setTabOrder(m_itemTable, m_itemView);
    QWidget::setTabOrder(m_itemView, m_search);
}

qint64 MainWindow::selectedFeedId() const
{
    return m_feedList->currentIndex().data(FeedListModel::FeedIdRole).toLongLong();
}

void MainWindow::applyFilter()
{
    m_itemModel->setFilter(filterFor(m_feedList->currentIndex()));
    m_tableShowsFeeds = m_feedModel->feedCount() > 0;
    if (m_tableShowsFeeds)
        m_itemView->showNothing();
    else
        m_itemView->showWelcome();
}

ItemQuery MainWindow::filterFor(const QModelIndex &node) const
{
    ItemQuery filter;
    const ItemMarking scope = markingOf(node);
    filter.feedId = scope.feedId;
    filter.accountId = scope.accountId;
    filter.folder = scope.folder;
    filter.starredOnly = m_feedModel->kindAt(node) == FeedListModel::RowKind::Starred;
    filter.unreadOnly = m_unreadOnly && m_unreadOnly->isChecked();
    filter.search = m_search->text().trimmed();
    filter.sort = m_itemModel->filter().sort;
    return filter;
}

ItemMarking MainWindow::markingOf(const QModelIndex &node) const
{
    ItemMarking scope;
    switch (m_feedModel->kindAt(node)) {
    case FeedListModel::RowKind::Feed: scope.feedId = node.data(FeedListModel::FeedIdRole).toLongLong(); break;
    case FeedListModel::RowKind::Folder: scope.folder = node.data(FeedListModel::FolderRole).toString(); [[fallthrough]];
    case FeedListModel::RowKind::Account: scope.accountId = node.data(FeedListModel::AccountIdRole).toLongLong(); break;
    default: break; // every item
    }
    return scope;
}

void MainWindow::reloadFromStore()
{
    m_feedModel->refresh();
    m_itemModel->refresh();
    updateStatus();
}

void MainWindow::onCurrentItemChanged()
{
    const QModelIndex current = m_itemTable->currentIndex();
    const std::optional<Item> row = m_itemModel->itemAt(current.row());
    updateArticleHeader();
    if (!row) {
        m_itemView->showNothing();
        return;
    }
    Result<std::optional<Item>> item = m_services.reader->store().item(row->id);
    if (!item || !item.value()) {
        m_itemView->showNothing();
        if (m_articleHeader)
            m_articleHeader->showState(std::nullopt);
        return;
    }
    Item shown = *item.value();
    shown.feedTitle = row->feedTitle;
    m_itemView->showItem(shown);
    // Drawing the same article again (images turned on) is not reading it again: an item the
    // person marked unread while reading stays unread.
    const bool anotherItem = shown.id != m_shownItemId;
    m_shownItemId = shown.id;
    if (anotherItem && articleOnScreen())
        markItemRead(*row);
}

void MainWindow::updateArticleHeader()
{
    const std::optional<Item> item = m_itemModel->itemAt(m_itemTable->currentIndex().row());
    if (m_articleHeader)
        m_articleHeader->showState(item);
    m_publishAction->setEnabled(item && item->publishable);
    m_publishAction->setChecked(item && item->inPublishedFeed);
}

bool MainWindow::articleOnScreen() const
{
    // On a phone the article has a page of its own, which a tap opens; the items page only
    // prepares it.
    return !m_pages || currentPage() == Page::Article;
}

void MainWindow::markItemRead(const Item &item)
{
    // Exactly the item whose article is shown, by its id: the selection may not have moved to
    // it yet when the current row changes (a click), or may stay behind (Ctrl+arrows).
    if (!item.read)
        setItemsRead({item.id}, true);
}

void MainWindow::catchUpSearchIndex()
{
    m_services.store->post([](FeedStore &store) { return store.searchBacklogWaits(); }, this,
                           [this](const Result<bool> &waits) {
                               if (waits && waits.value())
                                   indexSearchBacklog();
                           });
}

void MainWindow::indexSearchBacklog()
{
    const QString indexing = tr("Indexing articles for search…");
    statusBar()->showMessage(indexing);
    m_services.store->post([](FeedStore &store) { return store.indexSearchBacklog(); }, this,
                           [this, indexing](const Status &indexed) {
                               if (!indexed)
                                   statusBar()->showMessage(indexed.error(), 10000);
                               else if (statusBar()->currentMessage() == indexing)
                                   statusBar()->clearMessage();
                               m_itemModel->insertNewItems();
                           });
}

void MainWindow::refreshNow()
{
    refresh(FetchScope::everyFeed());
}

void MainWindow::refresh(const FetchScope &scope)
{
    if (m_services.fetch->isRunning()) {
        statusBar()->showMessage(tr("A refresh is already running."), 3000);
        return;
    }
    m_services.fetch->perform(FetchTrigger::Manual, BackgroundFetch::defaultBudget, scope);
}

void MainWindow::onFetchStarted(int feeds)
{
    m_progress->setRange(0, std::max(feeds, 1));
    m_progress->setValue(0);
    m_progress->setVisible(feeds > 0);
    m_statusLabel->setText(tr("Refreshing %n feed(s)…", nullptr, feeds));
}

void MainWindow::onFetchProgress(int done, int total)
{
    // A thousand feeds answer within seconds: redraw the progress a few times a second, not
    // once per feed, or the redraws themselves become the pause.
    m_progressDone = done;
    m_progressTotal = total;
    if (!m_progressDelay->isActive())
        m_progressDelay->start();
}

void MainWindow::showProgress()
{
    m_progress->setRange(0, std::max(m_progressTotal, 1));
    m_progress->setValue(m_progressDone);
    QString text = tr("Refreshing %1 of %2 feeds").arg(m_progressDone).arg(m_progressTotal);
    // A first sync pages through thousands of articles before its account counts as done.
    if (m_syncedArticles > 0)
        text += u" · "_s + tr("%n article(s) synced", nullptr, m_syncedArticles);
    m_statusLabel->setText(text);
}

void MainWindow::onFetchCompleted(const FetchRunSummary &summary)
{
    m_progressDelay->stop();
    m_syncedArticles = 0;
    m_progress->hide();
    if (m_pull)
        m_pull->finish(tr("Updated just now"));
    m_lastUpdated = QDateTime::currentDateTimeUtc();
    reloadScheduleFromLog();
    m_newItemsDelay->stop();
    m_updatedFeeds.clear();
    m_itemModel->insertNewItems();
    m_feedModel->refresh();
    updateStatus();
    if (m_appSettings->notifyNewItems())
        m_tray->reportFetch(summary);
    if (m_simulating) {
        m_simulating = false;
        const QString text = summaryText(summary);
        // Coming back to the foreground, as iOS would after the background fetch.
        showNormal();
        raise();
        activateWindow();
        emit simulationReported(summary, text);
        if (!qEnvironmentVariableIsSet("FRESHET_NO_DIALOGS"))
            QMessageBox::information(this, tr("Simulated background fetch"), text);
        return;
    }
    // A run that never asked a feed (the store failed, another process held the profile) says why.
    if (!summary.error.isEmpty())
        statusBar()->showMessage(summary.error, 10000);
    else if (summary.result == FetchResult::Failed && summary.attempted > 0)
        statusBar()->showMessage(failedFeedsText(summary), 15000);
}

QString MainWindow::failedFeedsText(const FetchRunSummary &summary) const
{
    QList<FeedOutcomeRecord> failed;
    for (const FeedOutcomeRecord &record : summary.outcomes) {
        if (record.outcome == FeedOutcome::Failed)
            failed << record;
    }
    if (failed.size() == 1) {
        const Feed *feed = m_feedModel->feedAt(m_feedModel->indexOfFeed(failed.constFirst().feedId));
        const QString name = feed ? feed->displayTitle() : failed.constFirst().feedUrl;
        return tr("Could not refresh “%1”: %2 Help > Fetch Log has the details.").arg(name, failed.constFirst().message);
    }
    return tr("None of the %n feed(s) asked could be refreshed; Help > Fetch Log says why for each.", nullptr, summary.attempted);
}

QString MainWindow::summaryText(const FetchRunSummary &summary) const
{
    // Nothing was due: the plain counts ("0 attempted") would read as a refresh that did not work.
    if (summary.attempted == 0 && summary.error.isEmpty() && summary.outcomes.isEmpty()) {
        const QDateTime next = m_feedModel->nextCheck();
        if (next.isValid())
            return tr("No feeds were due (next check %1); Refresh All asks every feed anyway.").arg(shortMoment(QLocale(), next));
    }
    QString text = actions::FetchReport::summary(summary);
    if (!summary.error.isEmpty())
        text += u'\n' + summary.error;
    return text;
}

void MainWindow::simulateBackgroundFetch()
{
    if (m_services.fetch->isRunning()) {
        statusBar()->showMessage(tr("A refresh is already running."), 3000);
        return;
    }
    m_simulating = true;
    hide();
    m_services.fetch->perform(FetchTrigger::Simulated, BackgroundFetch::defaultBudget);
}

void MainWindow::updateStatus()
{
    if (m_services.fetch->isRunning())
        return;
    const int unread = m_feedModel->totalUnread();
    QString text = tr("%n unread", nullptr, unread);
    if (!m_itemModel->filter().search.isEmpty())
        text = tr("%n item(s) match", nullptr, m_itemModel->rowCount()) + u" \u00B7 "_s + text;
    if (m_lastUpdated.isValid()) {
        const qint64 minutes = m_lastUpdated.secsTo(QDateTime::currentDateTimeUtc()) / 60;
        text += u" \u00B7 "_s + (minutes < 1 ? tr("Updated just now") : tr("Updated %n min ago", nullptr, int(minutes)));
    }
    m_statusLabel->setText(text);
    m_tray->setUnreadCount(unread);
}

void MainWindow::quit()
{
    // QApplication::quit() first asks every window to close; without this the close-to-tray
    // rule below would answer Quit by hiding, and the process would go on.
    m_quitting = true;
    QApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With a tray, closing the window keeps Freshet refreshing in the background (a setting).
    if (!m_quitting && m_tray->isAvailable() && m_appSettings->closeToTray()) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::applySettings()
{
    m_scheduler->setSchedule(m_appSettings->backgroundSchedule());
    const bool load = m_appSettings->loadImages();
    m_thumbnails->setEnabled(load);
    m_itemView->setLoadImages(load);
    if (m_loadImages)
        m_loadImages->setChecked(load);
    m_services.fetch->setLimits(m_appSettings->fetchLimits());
    m_services.fetch->setReadRetentionDays(m_appSettings->keepReadDays());
    // Only a change: setting the system's palette again would stop Freshet following the
    // desktop when its theme changes while Freshet runs.
    if (const Appearance wanted = appearanceFromName(m_appSettings->appearance()); wanted != m_appearance) {
        applyAppearance(wanted, m_systemPalette);
        m_appearance = wanted;
    }
    m_itemView->setZoom(m_appSettings->articleZoom());
    m_itemTable->viewport()->update();
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

} // namespace freshet
