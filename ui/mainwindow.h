// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "actions/actionservices.h"
#include "actions/feedloginactions.h"
#include "actions/outcome.h"
#include "appearance.h"
#include "appservices.h"
#include "background/backgroundschedule.h"
#include "feedlogin.h"
#include "fetchrun.h"
#include "formfactor.h"
#include "item.h"
#include "itemmarking.h"

#include <QDateTime>
#include <QMainWindow>
#include <QSet>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSettings;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace freshet {

class AddFeedDialog;
struct Feed;
struct FetchScope;
class FeedListModel;
class ItemSorting;
class FeedTreeView;
class ArticleHeader;
class ItemTableModel;
struct ItemQuery;
class ItemView;
class AppSettings;
class DownloadsController;
class EdgeSwipe;
class ElidingLabel;
class AccountsController;
class FeedLoginFlow;
class InProcessScheduler;
class MarkAllRead;
class NewItemsBadge;
class OverflowMenu;
class PullToRefresh;
class ThumbnailCache;
class TrayIcon;

/// The main window: feeds on the left, the item table, and the article below it. Reads come
/// from the reader connection a page at a time; every write goes to the store thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options
    {
        bool showDebugMenu = false;
        bool refreshOnStart = true;
        /// Phone: one pane at a time; tablet: the panes with touch-sized rows.
        FormFactor formFactor = FormFactor::Desktop;
    };

    /// The pages of the phone layout, in the order one goes through them.
    enum class Page { Feeds, Items, Article };

    MainWindow(const AppServices &services, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *itemTable() const { return m_itemTable; }
    ItemTableModel *itemModel() const { return m_itemModel; }
    FeedListModel *feedModel() const { return m_feedModel; }
    FeedTreeView *feedList() const { return m_feedList; }
    ItemView *itemView() const { return m_itemView; }
    InProcessScheduler *scheduler() const { return m_scheduler; }
    DownloadsController *downloads() const { return m_downloads; }
    FeedLoginFlow *loginFlow() const { return m_logins; }
    AccountsController *accounts() const { return m_accounts; }
    FormFactor formFactor() const { return m_options.formFactor; }
    /// The phone layout's pages; null in the other layouts.
    QStackedWidget *pages() const { return m_pages; }
    Page currentPage() const;
    void showPage(Page page);
    /// One page back (phone); false when already on the first.
    bool goBack();
    /// Pull-to-refresh and the "N new" button on the item list; null on the desktop.
    PullToRefresh *pullToRefresh() const { return m_pull; }
    NewItemsBadge *newItemsBadge() const { return m_newBadge; }

    /// Runs the path an OS background trigger runs, as if Freshet were in the background:
    /// hides the window, performs the fetch with the OS's 30 s budget, then reports.
    void simulateBackgroundFetch();
    /// A refresh the person asked for, with progress in the status bar.
    void refreshNow();
    /// File > Quit and the tray's Quit: ends Freshet, even where closing the window only hides it.
    void quit();
    /// Adds the items waiting for the search index to it, saying so in the status bar while it
    /// runs (all of them, the first time a profile indexed before opens), then lets a search view
    /// take them in. Run once the store has checked the file.
    void catchUpSearchIndex();
    /// Reads the feed list and the item table again, keeping the selection where it can: after
    /// another process (a command-line action) or a removal changed what they show.
    void reloadFromStore();

signals:
    /// The report of the last simulated background fetch, as shown to the person.
    void simulationReported(const freshet::FetchRunSummary &summary, const QString &text);
    /// The OS scheduler took the settings (or refused them, with the reason shown).
    void osScheduleApplied(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createWidgets();
    void orderTabStops();
    void createActions();
    void createDebugMenu();
    void createDownloads();
    void setUpTouch(int rowHeight);
    QWidget *createPhonePages(QWidget *itemList);
    void createPhoneToolBar();
    void createPhoneSearch();
    void createOverflowMenu();
    /// Ctrl+F: the search box, opening it first on a phone.
    void openSearch();
    /// catchUpSearchIndex() once items are known to wait: the status bar says so meanwhile.
    void indexSearchBacklog();
    void updatePhoneToolBar();
    void createScheduler();
    void reloadScheduleFromLog();
    void applyOsSchedule(const BackgroundSchedule &schedule, const BackgroundSchedule &previous);
    void applyFilter();
    void onFetchStarted(int feeds);
    void onFetchProgress(int done, int total);
    void showProgress();
    void onFetchCompleted(const FetchRunSummary &summary);
    void onCurrentItemChanged();
    void updateStatus();
    void setCurrentRead(bool read);
    /// These items read or unread, in the table at once and then in the store and the counts.
    void setItemsRead(const QList<qint64> &ids, bool read);
    bool articleOnScreen() const;
    void markItemRead(const Item &item);
    void toggleCurrentRead();
    void toggleCurrentStar();
    /// The ● and ★ of a row, clicked: that row's flag, whichever row is current.
    void toggleRead(int row);
    void toggleStar(int row);
    void toggleCurrentPublished();
    void markAllRead();
    void selectRelative(int step, bool unreadOnly);
    /// Makes the next (step 1) or previous (-1) feed in the list current, or the next one with
    /// unread items; false when there is none that way.
    bool selectFeed(int step, bool withUnread);
    void openCurrentInBrowser();
    void addFeed();
    /// Looks up what the dialog holds, with this login; the dialog stays open until subscribed.
    void lookUpNewFeed(AddFeedDialog *dialog, const actions::LoginGiven &login);
    void subscribe(AddFeedDialog *dialog, const QString &address, const actions::LoginGiven &login);
    void subscribeOnAccount(const QString &address, const Account &account);
    void askLoginForNewFeed(AddFeedDialog *dialog, const QUrl &url, bool loginWasRefused);
    void importOpml();
    void importOpmlToAccount(const QString &path, qint64 accountId, const QString &account);
    /// The import's counts in the status bar, and why entries were skipped in a box.
    void showImported(const actions::Outcome &outcome);
    void exportOpml();
    void deleteCurrentFeed();
    void renameCurrentFeed();
    // Folders (mainwindowfolders.cpp). Rename and Delete act on the chosen feed or folder.
    void renameChosen();
    void deleteChosen();
    void newFolder();
    void renameCurrentFolder();
    void deleteCurrentFolder();
    void moveFeeds(const QList<qint64> &feedIds, const QString &folder);
    /// Names Rename and Delete for what is chosen ("Rename Folder…"), and enables them.
    void updateFeedActions();
    void showFolderChange(const actions::Outcome &outcome, const QString &title, const QString &chosenKey);
    /// The feed chosen in the list; when none is, says so in the status bar.
    const Feed *chosenFeed();
    /// A refresh the person asked for, of these feeds, unless one is running already.
    void refresh(const FetchScope &scope);
    /// The feed chosen in the list, now, due or not.
    void refreshCurrentFeed();
    /// The article's text size, in steps from the system's (0), kept across starts.
    void zoomArticle(int steps);
    void openCurrentFeedWebsite();
    void copyCurrentFeedAddress();
    void showFeedProperties();
    void editCurrentFeed();
    /// The bar over the article shows the current item's star, or hides.
    void updateArticleHeader();
    void showRenamed(const actions::Outcome &outcome);
    void showRemoved(const actions::Outcome &outcome);
    /// A warning in a window-modal box: for what the person must not miss.
    void warn(const QString &title, const QString &message, const QString &objectName);
    void showFetchLog();
    void showKeyboardShortcuts();
    void showAbout();
    void showAccounts();
    void showSettings();
    void applySettings();
    void showError(const QString &message);
    qint64 selectedFeedId() const;
    /// The items a node of the feed list stands for: a feed, an account or folder, or all.
    ItemMarking markingOf(const QModelIndex &node) const;
    /// What the table lists with this feed-list node chosen, and the search and Unread Only as
    /// they are.
    ItemQuery filterFor(const QModelIndex &node) const;
    QString summaryText(const FetchRunSummary &summary) const;
    /// Why a refresh in which no feed answered failed: the feed by name when it was one.
    QString failedFeedsText(const FetchRunSummary &summary) const;

    AppServices m_services;
    Options m_options;
    FeedListModel *m_feedModel = nullptr;
    ItemTableModel *m_itemModel = nullptr;
    ItemSorting *m_sorting = nullptr;
    FeedTreeView *m_feedList = nullptr;
    ArticleHeader *m_articleHeader = nullptr;
    QAction *m_openInBrowserAction = nullptr; ///< Item > Open in Browser, in the article's header too
    QPalette m_systemPalette;
    Appearance m_appearance = Appearance::System; ///< the one applied
    QAction *m_renameAction = nullptr;
    QAction *m_refreshOneAction = nullptr;
    QList<QAction *> m_feedOnlyActions; ///< what only a feed has: a website, an address
    QAction *m_deleteAction = nullptr;
    QTableView *m_itemTable = nullptr;
    ItemView *m_itemView = nullptr;
    QLineEdit *m_search = nullptr;
    QAction *m_unreadOnly = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_statusTimer = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_newItemsDelay = nullptr;
    QSet<qint64> m_updatedFeeds; ///< written since the feed list last looked
    QTimer *m_progressDelay = nullptr;
    int m_progressDone = 0;
    int m_progressTotal = 0;
    QSettings *m_settings = nullptr;
    std::unique_ptr<AppSettings> m_appSettings;
    InProcessScheduler *m_scheduler = nullptr;
    FeedLoginFlow *m_logins = nullptr;
    AccountsController *m_accounts = nullptr;
    /// What the window's actions (services/actions) run with: the store thread and the keychain.
    actions::ActionServices m_actions;
    MarkAllRead *m_markAll = nullptr;
    int m_syncedArticles = 0;
    /// When the window opened without refreshing: the scheduler counts from here.
    QDateTime m_openedWithoutRefresh;
    QAction *m_loadImages = nullptr;
    TrayIcon *m_tray = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    QDateTime m_lastUpdated;
    bool m_simulating = false;
    /// The table lists items (at least one feed) rather than the welcome page.
    bool m_tableShowsFeeds = false;
    bool m_quitting = false;
    qint64 m_shownItemId = 0; ///< the item whose article the view shows
    DownloadsController *m_downloads = nullptr;
    QStackedWidget *m_pages = nullptr;
    QToolBar *m_phoneToolBar = nullptr;
    ElidingLabel *m_pageTitle = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_starAction = nullptr;
    QAction *m_publishAction = nullptr; ///< Item > Published: enabled for a Tiny Tiny RSS article
    QAction *m_openAction = nullptr;
    QAction *m_downloadAction = nullptr; ///< the phone bar's: an article's enclosure
    QAction *m_searchAction = nullptr;
    OverflowMenu *m_overflow = nullptr; ///< the phone's "More": each page's commands
    QWidget *m_itemsPage = nullptr;
    EdgeSwipe *m_edgeSwipe = nullptr;
    PullToRefresh *m_pull = nullptr;
    NewItemsBadge *m_newBadge = nullptr;
};

} // namespace freshet
