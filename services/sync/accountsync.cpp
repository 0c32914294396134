// SPDX-License-Identifier: MIT
#include "accountsync.h"

#include "archivedarticles.h"
#include "diagnostics/logcategories.h"
#include "storage/storethread.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace freshet::sync {

namespace {

/// A request is not started with less time than this left: it could not finish in time.
constexpr auto minimumRequestTime = 750ms;
/// The longest any one request may take, whatever the budget.
constexpr int maximumRequestMs = 20000;
/// Up to this many feeds whose unread counts changed are asked one by one; more, and one
/// listing of every unread article is cheaper.
constexpr qsizetype maximumFeedsAskedOneByOne = 25;
/// Every unread article is listed when the last exact read state here is older than this:
/// tt-rss's recently read articles reach back a day by the server's clock, and the rest is room
/// for a long sync and a server clock apart from this one.
constexpr qint64 recentlyReadReachSeconds = 20 * 3600;

class AccountSyncMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::AccountSyncMessages)
};

} // namespace

AccountSyncOutcome AccountSyncOutcome::of(const Account &account)
{
    AccountSyncOutcome outcome;
    outcome.accountId = account.id;
    outcome.accountName = account.name;
    outcome.server = account.server;
    return outcome;
}

AccountSyncOutcome AccountSyncOutcome::failed(const Account &account, SyncErrorKind kind, const QString &error)
{
    AccountSyncOutcome outcome = of(account);
    outcome.errorKind = kind;
    outcome.error = error;
    return outcome;
}

AccountSync::AccountSync(StoreThread &store, SyncClient *client, const Account &account, const QString &secret,
                         QDeadlineTimer deadline, QObject *parent)
    : QObject(parent), m_store(store), m_client(client), m_account(account), m_deadline(deadline), m_cursor(account.syncCursor),
      m_outcome(AccountSyncOutcome::of(account))
{
    m_client->setParent(this);
    m_client->setCredentials(AccountCredentials{QUrl(account.server), account.user, secret});
}

AccountSync::~AccountSync()
{
    // The client answers its open calls with Cancelled as it goes; nothing here may react.
    m_reported = true;
    delete m_client;
}

void AccountSync::start()
{
    m_clock.start();
    qCDebug(lcSync).noquote() << "account" << m_account.name << "syncs with" << redactedUrl(QUrl(m_account.server));
    login();
}

void AccountSync::stop()
{
    m_outcome.deadlineHit = true;
    m_loggedIn = false; // no time for a polite logout
    m_loggingOut = false;
    report();
}

bool AccountSync::roomForRequest()
{
    const auto left = m_deadline.remainingTimeAsDuration();
    if (left < minimumRequestTime) {
        m_outcome.deadlineHit = true;
        return false;
    }
    m_client->setRequestTimeout(int(std::min<qint64>(maximumRequestMs, std::chrono::duration_cast<std::chrono::milliseconds>(left).count())));
    return true;
}

void AccountSync::login()
{
    if (!roomForRequest())
        return report();
    m_client->login([this](SyncResult<Done> answer) {
        if (m_reported)
            return;
        if (!answer)
            return fail(answer.error());
        m_loggedIn = true;
        qCDebug(lcSync).noquote() << "account" << m_account.name << "logged in";
        if (m_account.loginNeeded) {
            if (Status cleared = m_store.call([&](FeedStore &store) { return store.setAccountLoginNeeded(m_account.id, false); }); !cleared)
                return failStore(cleared.error());
        }
        sendChanges();
    });
}

void AccountSync::sendChanges()
{
    Result<QList<FeedReadMark>> marks = m_store.call([&](FeedStore &store) { return store.pendingFeedReadMarks(m_account.id); });
    if (!marks)
        return failStore(marks.error());
    sendFeedReadMarks(std::move(marks).value());
}

void AccountSync::sendFeedReadMarks(QList<FeedReadMark> marks)
{
    if (marks.isEmpty())
        return readFeeds([this] { readItems({}); });
    if (!roomForRequest())
        return report();
    const FeedReadMark mark = marks.takeFirst();
    m_client->markFeedRead(mark, [this, mark, marks = std::move(marks)](SyncResult<Done> answer) mutable {
        if (m_reported)
            return;
        // Unsent marks stay queued for the next sync, whatever failed.
        if (!answer)
            return fail(answer.error());
        if (Status cleared = m_store.call([&](FeedStore &store) { return store.clearFeedReadMark(m_account.id, mark); }); !cleared)
            return failStore(cleared.error());
        ++m_outcome.sentChanges;
        qCDebug(lcSync).noquote() << "account" << m_account.name << "marked every article of" << mark.feedId << "read";
        sendFeedReadMarks(std::move(marks));
    });
}

void AccountSync::sendStateChanges()
{
    Result<QList<StateChange>> pending = m_store.call([&](FeedStore &store) { return store.pendingStateChanges(m_account.id); });
    if (!pending)
        return failStore(pending.error());
    sendStateChangeBatches(std::move(pending).value());
}

void AccountSync::sendStateChangeBatches(QList<StateChange> pending)
{
    if (pending.isEmpty())
        return reReadItems();
    if (!roomForRequest())
        return report();
    const QList<StateChange> batch = pending.first(std::min<qsizetype>(pending.size(), stateChangeBatch));
    pending.remove(0, batch.size());
    m_client->sendStateChanges(batch, [this, batch, pending = std::move(pending)](SyncResult<Done> answer) mutable {
        if (m_reported)
            return;
        // This batch and those after it stay queued for the next sync, whatever failed.
        if (!answer)
            return fail(answer.error());
        // Dropped as soon as the server has them: a sync cut short never sends them again.
        if (Status cleared = m_store.call([&](FeedStore &store) { return store.clearStateChanges(m_account.id, batch); }); !cleared)
            return failStore(cleared.error());
        m_outcome.sentChanges += int(batch.size());
        qCDebug(lcSync).noquote() << "account" << m_account.name << "sent" << batch.size() << "read/star changes," << pending.size() << "to go";
        sendStateChangeBatches(std::move(pending));
    });
}

void AccountSync::readFeeds(std::function<void()> then)
{
    if (!roomForRequest())
        return report();
    m_client->feeds([this, then = std::move(then)](SyncResult<QList<RemoteFeed>> answer) {
        if (m_reported)
            return;
        if (!answer)
            return fail(answer.error());
        Result<QHash<QString, qint64>> applied = m_store.call([&](FeedStore &store) {
            return store.applyRemoteFeeds(m_account.id, answer.value(), archivedArticlesTitle());
        });
        if (!applied)
            return failStore(applied.error());
        m_feedIds = std::move(applied).value();
        m_outcome.feeds = int(m_feedIds.size());
        qCDebug(lcSync).noquote() << "account" << m_account.name << "lists" << m_feedIds.size() << "feeds";
        then();
    });
}

void AccountSync::readItems(const QString &continuation)
{
    if (!roomForRequest())
        return report();
    m_client->newItems(m_cursor, continuation, pageSize, [this](SyncResult<ItemPage> answer) {
        if (m_reported)
            return;
        if (!answer)
            return fail(answer.error());
        const ItemPage page = std::move(answer).value();
        // Articles of a feed the list did not have: it was subscribed (on this device or
        // another) after the list was read. Stored without their feed they would be lost, as
        // the cursor moves past them; so the list is read again, once, and the page stored then.
        qCDebug(lcSync).noquote() << "account" << m_account.name << "sent a page of" << page.items.size() << "articles"
                                  << (page.continuation.isEmpty() ? "(the last)" : "");
        const bool unknownFeed = !m_feedsReread && std::any_of(page.items.cbegin(), page.items.cend(), [this](const RemoteItem &item) {
            return !m_feedIds.contains(item.feedId);
        });
        if (unknownFeed) {
            m_feedsReread = true;
            return readFeeds([this, page] { storeItems(page); });
        }
        storeItems(page);
    });
}

void AccountSync::storeItems(const ItemPage &page)
{
    Result<ItemChanges> changes = m_store.call([&](FeedStore &store) {
        return store.applyRemoteItems(m_account.id, m_feedIds, page.items);
    });
    if (!changes)
        return failStore(changes.error());
    m_outcome.newItems += changes.value().newItems;
    m_outcome.updatedItems += changes.value().updatedItems;
    if (changes.value().newItems + changes.value().updatedItems > 0)
        emit stored(m_account.id, changes.value().newItems, changes.value().updatedItems);
    // Saved now, not at the end: a first sync cut short by the deadline goes on from here.
    if (!page.cursor.isEmpty() && page.cursor != m_cursor) {
        m_cursor = page.cursor;
        if (Status saved = m_store.call([&](FeedStore &store) { return store.setSyncCursor(m_account.id, m_cursor); }); !saved)
            return failStore(saved.error());
    }
    // The articles come before the changes made here go up: a long upload cut short by the
    // deadline must not keep new articles away. Their read and star follow the changes still
    // queued, and the server's state is read only once it has those. Reading older articles
    // again for edits waits until the changes are up: it is the least urgent of the three.
    if (page.continuation.isEmpty())
        return sendStateChanges();
    readItems(page.continuation);
}

void AccountSync::reReadItems()
{
    if (!roomForRequest())
        return report();
    m_client->reReadItems(m_account.reReadPosition, [this](SyncResult<ReReadItems> answer) {
        if (m_reported)
            return;
        if (!answer)
            return fail(answer.error());
        // Compared by content hash and updated in place, read and starred kept as the server
        // has them; one this device no longer keeps stays gone. The slice's position is saved
        // after them: a crash in between reads that slice again, which costs nothing but time.
        Result<ItemChanges> changes = m_store.call([&](FeedStore &store) {
            return store.applyRemoteItems(m_account.id, m_feedIds, answer.value().items, SyncRecords::StoredOnly::Yes);
        });
        if (!changes)
            return failStore(changes.error());
        if (Status saved = m_store.call([&](FeedStore &store) {
                return store.setReReadPosition(m_account.id, answer.value().position);
            });
            !saved)
            return failStore(saved.error());
        m_outcome.updatedItems += changes.value().updatedItems;
        if (changes.value().updatedItems > 0)
            emit stored(m_account.id, 0, changes.value().updatedItems);
        qCDebug(lcSync).noquote() << "account" << m_account.name << "read" << answer.value().items.size() << "articles again,"
                                  << changes.value().updatedItems << "edited";
        readUnread();
    });
}

void AccountSync::readUnread()
{
    const QDateTime lastExact = m_account.stateCheckedAt;
    if (!lastExact.isValid() || lastExact.secsTo(QDateTime::currentDateTimeUtc()) > recentlyReadReachSeconds)
        return readAllUnread();
    if (!m_client->listsRecentlyRead())
        return compareUnreadCounts(false);
    if (!roomForRequest())
        return report();
    m_client->recentlyReadIds([this](SyncResult<QStringList> answer) {
        if (m_reported)
            return;
        if (!answer)
            return fail(answer.error());
        Result<int> applied = m_store.call([&](FeedStore &store) { return store.applyRemoteReads(m_account.id, answer.value()); });
        if (!applied)
            return failStore(applied.error());
        m_outcome.stateChanges += applied.value();
        compareUnreadCounts(true);
    });
}

void AccountSync::compareUnreadCounts(bool recentReadsApplied)
{
    if (!roomForRequest())
        return report();
    // Listing every unread article takes tt-rss minutes at 50k; its counts per feed, in one
    // request, say which feeds need theirs. A count of zero proves a feed all read. Any other
    // proves nothing alone: a read and an unread between two syncs leave it as it was. But once
    // every article read on the server since the last exact state is read here too, none unread
    // here is read there, so the same count means the same unread articles.
    m_client->unreadCounts([this, recentReadsApplied](SyncResult<QHash<QString, int>> answer) {
        if (m_reported)
            return;
        if (!answer)
            return fail(answer.error());
        QHash<QString, int> here;
        if (recentReadsApplied) {
            Result<QHash<QString, int>> local = m_store.call([&](FeedStore &store) { return store.syncedUnreadCounts(m_account.id); });
            if (!local)
                return failStore(local.error());
            here = std::move(local).value();
        }
        QStringList listed;
        QStringList scope;
        for (auto it = m_feedIds.cbegin(); it != m_feedIds.cend(); ++it) {
            const int there = answer.value().value(it.key());
            if (there == 0) {
                scope << it.key();
            } else if (!recentReadsApplied || there != here.value(it.key())) {
                listed << it.key();
                scope << it.key();
            }
        }
        if (listed.isEmpty())
            return readStarred({}, scope);
        if (listed.size() > maximumFeedsAskedOneByOne)
            return readAllUnread();
        if (!roomForRequest())
            return report();
        m_client->unreadIdsOfFeeds(listed, [this, scope](SyncResult<QStringList> ids) {
            if (m_reported)
                return;
            if (!ids)
                return fail(ids.error());
            readStarred(ids.value(), scope);
        });
    });
}

void AccountSync::readAllUnread()
{
    if (!roomForRequest())
        return report();
    m_client->unreadIds([this](SyncResult<QStringList> answer) {
        if (m_reported)
            return;
        if (!answer)
            return fail(answer.error());
        readStarred(answer.value(), std::nullopt);
    });
}

void AccountSync::readStarred(const QStringList &unread, const std::optional<QStringList> &readScope)
{
    if (!roomForRequest())
        return report();
    m_client->starredIds([this, unread, readScope](SyncResult<QStringList> answer) {
        if (m_reported)
            return;
        if (!answer)
            return fail(answer.error());
        if (!m_client->publishesArticles())
            return applyState(unread, answer.value(), readScope, std::nullopt);
        if (!roomForRequest())
            return report();
        m_client->publishedIds([this, unread, starred = answer.value(), readScope](SyncResult<QStringList> published) {
            if (m_reported)
                return;
            if (!published)
                return fail(published.error());
            applyState(unread, starred, readScope, published.value());
        });
    });
}

void AccountSync::applyState(const QStringList &unread, const QStringList &starred, const std::optional<QStringList> &readScope,
                             const std::optional<QStringList> &published)
{
    Result<int> changed = m_store.call([&](FeedStore &store) {
        return store.applyRemoteState(m_account.id, unread, starred, readScope, published);
    });
    if (!changed)
        return failStore(changed.error());
    // Whichever way it came, the read state here is now the server's: the next sync's
    // recently read articles reach back to here.
    if (Status recorded = m_store.call([&](FeedStore &store) { return store.recordFullStateCheck(m_account.id); }); !recorded)
        return failStore(recorded.error());
    m_outcome.stateChanges += changed.value();
    succeed();
}

void AccountSync::fail(const SyncError &error)
{
    // A request cut short by its timeout, which was the time left: that is the deadline.
    if (error.kind == SyncErrorKind::Network && m_deadline.remainingTimeAsDuration() < minimumRequestTime) {
        m_outcome.deadlineHit = true;
        return report();
    }
    m_outcome.ok = false;
    m_outcome.errorKind = error.kind;
    m_outcome.error = error.message;
    qCDebug(lcSync).noquote() << "account" << m_account.name << "failed:" << error.message;
    // Unmarked, the account is only asked again next time, which refuses again: the refusal
    // itself is what the person reads.
    if (error.kind == SyncErrorKind::Login) {
        if (Status marked = m_store.call([&](FeedStore &store) { return store.setAccountLoginNeeded(m_account.id, true); }); !marked)
            qCWarning(lcSync).noquote() << "account" << m_account.name << "could not be marked as needing its login:" << marked.error();
    }
    report();
}

void AccountSync::failStore(const QString &error)
{
    m_outcome.ok = false;
    m_outcome.errorKind = SyncErrorKind::Server;
    m_outcome.error = AccountSyncMessages::tr("Could not store what the server sent: %1").arg(error);
    report();
}

void AccountSync::succeed()
{
    m_outcome.ok = true;
    report();
}

void AccountSync::report()
{
    if (m_reported || m_loggingOut)
        return;
    // A session left open lingers on the server (tt-rss keeps one row per login): end it,
    // unless the deadline leaves no time for it.
    if (m_loggedIn && m_deadline.remainingTimeAsDuration() >= minimumRequestTime) {
        m_loggingOut = true;
        m_client->logout([this](SyncResult<Done>) {
            if (m_reported)
                return;
            m_loggingOut = false;
            m_loggedIn = false;
            report();
        });
        return;
    }
    m_reported = true;
    // A sync stopped by the deadline kept everything it stored and resumes next time, but
    // has not seen the server's whole state: it is not a failure, and not complete either.
    if (m_outcome.deadlineHit && m_outcome.error.isEmpty()) {
        m_outcome.ok = true;
    }
    m_outcome.elapsedMs = m_clock.elapsed();
    if (Result<int> waiting = m_store.call([&](FeedStore &store) { return store.pendingChangeCount(m_account.id); }); waiting)
        m_outcome.pendingChanges = waiting.value();
    else
        qCWarning(lcSync).noquote() << "account" << m_account.name << "could not count the changes still waiting:" << waiting.error();
    const QString result = !m_outcome.ok ? u"failed"_s : (m_outcome.newItems + m_outcome.updatedItems > 0 ? u"newData"_s : u"noData"_s);
    // What came down is stored already; only the account's "last synced" line is not kept.
    if (Status recorded = m_store.call([&](FeedStore &store) {
            return store.recordSync(m_account.id, result, m_outcome.error, m_cursor);
        });
        !recorded)
        qCWarning(lcSync).noquote() << "account" << m_account.name << "could not record this sync:" << recorded.error();
    qCDebug(lcSync).noquote() << "account" << m_account.name << "synced:" << result << m_outcome.newItems << "new,"
                              << m_outcome.updatedItems << "updated articles in" << m_outcome.elapsedMs << "ms"
                              << (m_outcome.deadlineHit ? "(deadline reached)" : "");
    emit finished(m_outcome);
}

} // namespace freshet::sync
