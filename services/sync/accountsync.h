// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "sync/syncclient.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>

#include <optional>

namespace freshet {

class StoreThread;

namespace sync {

/// How one account's sync went: what the fetch log records and the CLI prints.
struct AccountSyncOutcome
{
    qint64 accountId = 0;
    QString accountName;
    QString server;
    bool ok = false;
    SyncErrorKind errorKind = SyncErrorKind::Network;
    QString error; ///< for a person; empty when ok
    int feeds = 0;
    int newItems = 0;
    int updatedItems = 0;
    int stateChanges = 0;   ///< read/star changes taken from the server
    int sentChanges = 0;    ///< local read/star changes the server now has (a feed marked read: one)
    int pendingChanges = 0; ///< local changes still waiting for the server after this sync
    bool deadlineHit = false;
    qint64 elapsedMs = 0;

    /// An outcome of this account, as yet with nothing done.
    static AccountSyncOutcome of(const Account &account);
    /// The outcome of a sync that failed before it could start.
    static AccountSyncOutcome failed(const Account &account, SyncErrorKind kind, const QString &error);
};

/// One sync of one account, in the order that loses nothing: log in; send the Mark All as Read
/// made here; the feed list; new and changed articles page by page from the stored cursor, each
/// page stored before the next is asked, with the cursor saved after every page so a sync cut
/// short by the deadline resumes where it stopped; the read/star changes made here, in batches,
/// each dropped from the queue once the server has it (so the server has them before its state
/// is read back, and a long upload never keeps new articles away); a bounded window of articles
/// read again for edits, which neither protocol lists (the newest and a moving slice of older
/// ones), least urgent so last but one; then the server's unread, starred (and published)
/// lists, which win for every article without a change still waiting here.
///
/// Lives on a worker thread, where the client's network work and parsing stay; every read and
/// write is handed to the store thread (StoreThread::call), the process's one writer, and waited
/// for there. Neither touches the GUI thread. Reports finished() exactly once.
class AccountSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSync)

public:
    static constexpr int pageSize = 200;
    /// Read/star changes sent per call to the client, and dropped from the queue together.
    static constexpr int stateChangeBatch = 250;

    /// Takes ownership of client. deadline bounds the network work: no request starts with
    /// less than minimumRequestTime left.
    AccountSync(StoreThread &store, SyncClient *client, const Account &account, const QString &secret, QDeadlineTimer deadline,
                QObject *parent = nullptr);
    ~AccountSync() override;

    void start();
    /// Reports now with what was stored (as at the deadline); open calls are dropped.
    void stop();

signals:
    /// A page of articles was stored: views can refresh.
    void stored(qint64 accountId, int newItems, int updatedItems);
    void finished(const freshet::sync::AccountSyncOutcome &outcome);

private:
    void login();
    /// Mark All as Read of whole feeds go before the changes to single articles: one made
    /// after a mark must not be undone by it.
    void sendChanges();
    void sendFeedReadMarks(QList<FeedReadMark> marks);
    void sendStateChanges();
    void sendStateChangeBatches(QList<StateChange> pending);
    /// then: what to do once the feeds are applied (read the articles, or store a page again).
    void readFeeds(std::function<void()> then);
    void readItems(const QString &continuation);
    void storeItems(const ItemPage &page);
    /// Edited articles: neither protocol lists them, so a bounded window is read again.
    void reReadItems();
    void readUnread();
    /// recentReadsApplied: the server's recently read articles are read here now.
    void compareUnreadCounts(bool recentReadsApplied);
    void readAllUnread();
    void readStarred(const QStringList &unread, const std::optional<QStringList> &readScope);
    /// The server's read, starred and published lists applied here (published: none for a
    /// server that has no such thing).
    void applyState(const QStringList &unread, const QStringList &starred, const std::optional<QStringList> &readScope,
                    const std::optional<QStringList> &published);
    /// false (and the run ends) when the deadline leaves no room for another request.
    bool roomForRequest();
    void fail(const SyncError &error);
    void failStore(const QString &error);
    void succeed();
    void report();

    StoreThread &m_store;
    SyncClient *m_client;
    Account m_account;
    QDeadlineTimer m_deadline;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_feedIds;
    QString m_cursor;
    AccountSyncOutcome m_outcome;
    bool m_reported = false;
    bool m_loggedIn = false;
    bool m_loggingOut = false;
    /// The feed list was read again this run for articles of feeds it did not have.
    bool m_feedsReread = false;
};

} // namespace sync
} // namespace freshet
