// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "background/refreshfollowup.h"
#include "feed.h"
#include "feedlogin.h"
#include "fetchrun.h"
#include "network/fetchservice.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <memory>

namespace freshet {

class CredentialStore;
class LoginResolver;
class RunLock;
class StoreThread;
struct FeedUpdateOutcome;
struct PreparedResponse;
namespace sync {
class SyncRunner;
struct AccountSyncOutcome;
} // namespace sync

/// Which feeds one run asks.
struct FetchScope
{
    bool all = false;                 ///< every enabled feed, due or not
    QStringList feedUrls;             ///< only these (a push for named feeds); no account syncs then,
    QStringList accountsOfNamedFeeds; ///< except these: the accounts of named feeds that are synced
    bool localFeeds = true;           ///< false: only sync accounts (`freshet sync`)
    QString accountName;              ///< non-empty: only this sync account, and no local feeds

    static FetchScope everyFeed()
    {
        FetchScope scope;
        scope.all = true;
        return scope;
    }
    static FetchScope onlyFeeds(const QStringList &urls)
    {
        FetchScope scope;
        scope.feedUrls = urls;
        return scope;
    }
};

/// The one path every trigger takes — the OS scheduler, the in-app timer, a push, the Debug
/// menu and the command line — like iOS's performFetchWithCompletionHandler: pick the due
/// feeds, fetch what fits in the budget, store what arrived, and report NewData, NoData or
/// Failed exactly once, before the deadline, even when feeds hang.
class BackgroundFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundFetch)

public:
    static constexpr std::chrono::milliseconds defaultBudget{30000};

    BackgroundFetch(StoreThread *store, const FetchService::Limits &limits, QObject *parent = nullptr);
    ~BackgroundFetch() override;

    bool isRunning() const { return m_running; }
    /// Concurrency and size limits for the next runs (the Settings dialog).
    void setLimits(const FetchService::Limits &limits) { m_fetch->setLimits(limits); }
    /// After each run, read items older than this many days go (0: kept for ever), on the
    /// store thread; readItemsRemoved() tells what went.
    void setReadRetentionDays(int days) { m_readRetentionDays = days; }

    /// Every run first takes this profile's run lock (see RunLock), waiting a little while
    /// another process holds it; without one, runs are not coordinated across processes.
    void setRunLock(const QString &lockFilePath);

    /// What granted runs (see performGrantedRun) do after refreshing; none by default, and
    /// none again once followUp is destroyed. Its owner installs it on this thread.
    void setFollowUp(RefreshFollowUp *followUp) { m_followUp = followUp; }
    RefreshFollowUp *followUp() const { return m_followUp; }

    /// Starts a run. While one runs, another call joins it: completed() answers both.
    void perform(FetchTrigger trigger, std::chrono::milliseconds budget, const FetchScope &scope = {});
    /// The OS took the remaining time back (iOS's expiration handler): stop the network and
    /// report now with what was stored, as the deadline would.
    void expire();

signals:
    void started(int feedCount);
    void progress(int finished, int total);
    /// Items were written for a feed: views refresh from the store.
    void feedUpdated(qint64 feedId, int newItems, int updatedItems);
    void completed(const freshet::FetchRunSummary &summary);
    /// The run's last items joined the search index (a little after completed): a search view
    /// sees them from now on.
    void searchIndexCaughtUp();
    /// The retention setting removed read items after a run (only when some went).
    void readItemsRemoved(int items, qint64 bytes);

private:
    void waitForRunLock();
    void selectFeeds();
    void onFeedsSelected(qint64 runId, const QList<Feed> &feeds, const QHash<qint64, FeedLogin> &logins,
                         const QList<Account> &accounts, const QString &error);
    /// The feeds to request; the rest, rate-limited by their server, are logged as skipped.
    QList<Feed> withoutRateLimited(const QList<Feed> &feeds);
    void startSync(const Account &account);
    void onSyncFinished(const sync::AccountSyncOutcome &outcome);
    void finishWhenDone();
    void onResponse(const FeedResponse &response);
    void onPrepared(PreparedResponse prepared);
    /// Pauses the network while too much fetched is still to be stored, and resumes it.
    void holdBackIfBehind();
    /// Gather: a batch smaller than the most a transaction takes waits a moment for more
    /// answers (storeGatherWindow) while some are still coming.
    enum class WhenSmall { Gather, WriteAnyway };
    void writePending(WhenSmall whenSmall = WhenSmall::Gather);
    void onFeedWritten(const FeedUpdateOutcome &outcome);
    void stopNetwork();
    void finish(bool deadlineHit);

    StoreThread *m_store;
    FetchService *m_fetch;
    /// Reads the keychain for feeds with a login before they are requested.
    LoginResolver *m_logins;
    /// Sync accounts' passwords, read before their sync starts.
    CredentialStore *m_credentials;
    /// Made on the first run with a sync account: most profiles have none.
    sync::SyncRunner *m_sync = nullptr;
    int m_syncsInFlight = 0;
    int m_readRetentionDays = 0;
    bool m_running = false;
    FetchRunSummary m_summary;
    QElapsedTimer m_clock;
    std::chrono::milliseconds m_cpuAtStart{0};
    QDeadlineTimer m_deadline;
    QTimer m_stopNetworkTimer;
    QTimer m_reportTimer;
    QTimer m_lockRetryTimer;
    /// Holds a small batch back for more to join it (writePending).
    QTimer m_gatherTimer;
    std::unique_ptr<RunLock> m_runLock;
    QPointer<RefreshFollowUp> m_followUp;
    QDeadlineTimer m_lockWaitEnd;
    FetchScope m_scope;
    QHash<qint64, Feed> m_feedsInFlight;
    int m_total = 0;
    int m_written = 0;
    int m_answered = 0;
    QString m_failure;
    bool m_storeFailed = false; ///< a feed's write failed: the store, not the feed, is at fault

    /// Hashing and parsing documents, off the GUI thread and beside the store thread's writes.
    QThreadPool m_preparers;
    /// Prepared responses waiting for the store. One batch is written at a time, so whatever
    /// arrives meanwhile goes into the next one: under load, fewer and larger transactions.
    QList<PreparedResponse> m_pendingWrites;
    /// Responses handed to the preparers and not yet back (holdBackIfBehind counts them).
    int m_preparing = 0;
    /// Bytes of the documents received and not yet written (being parsed, waiting, or in the
    /// batch being written): holdBackIfBehind bounds them as well as their number.
    qint64 m_backlogBytes = 0;
    bool m_writing = false;
};

} // namespace freshet
