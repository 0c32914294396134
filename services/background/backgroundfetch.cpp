// SPDX-License-Identifier: MIT
#include "backgroundfetch.h"

#include "background/feedupdate.h"
#include "background/loginresolver.h"
#include "background/runlock.h"
#include "credentials/credentialstore.h"
#include "diagnostics/processcputime.h"
#include "ratelimit.h"
#include "storage/storethread.h"
#include "sync/syncrunner.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace freshet {

namespace {

/// Network work stops this long before the deadline (a fifth of short budgets), leaving time
/// to store what arrived.
std::chrono::milliseconds networkMargin(std::chrono::milliseconds budget)
{
    return std::min<std::chrono::milliseconds>(1500ms, budget / 5);
}

/// The report goes out this long before the deadline, whatever is still being written.
std::chrono::milliseconds reportMargin(std::chrono::milliseconds budget)
{
    // Generous enough that a busy machine's late timer still reports inside the budget.
    return std::min<std::chrono::milliseconds>(500ms, budget / 10);
}

/// How long a run waits for another process's run on the same profile to end before giving
/// up: short, since that run is already fetching the same feeds.
std::chrono::milliseconds lockWait(std::chrono::milliseconds budget)
{
    return std::min<std::chrono::milliseconds>(10s, budget / 3);
}

class BackgroundFetchMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::BackgroundFetchMessages)
};

/// Feeds per store transaction, at most: enough to spread a commit's cost, few enough that a
/// batch still being written when the report goes out holds back little.
constexpr qsizetype maxBatchFeeds = 32;

/// How long a batch smaller than maxBatchFeeds waits for more feeds to join it while answers
/// are still coming. Without it a warm refresh (all 304) wrote each answer nearly on its own:
/// 342 transactions for 1000 feeds, each a WAL write of the feed's pages, and 13% of the run's
/// CPU (docs/performance.md, issue 22). Short enough that nobody sees the list wait.
constexpr auto storeGatherWindow = 20ms;

/// Documents fetched but not yet stored (being parsed, or parsed and waiting for the store),
/// at most: past it no new request starts until the store has caught up to the low mark. One
/// serial store thread is slower than the network and the parsers, and without a bound every
/// parsed feed of a run waited in memory at once.
constexpr int backlogHighMark = 96;
constexpr int backlogLowMark = 32;
/// The same backlog in bytes of documents: feeds that publish whole articles send documents
/// five times the size of a headline feed's (146 KB against 31 KB in issue 22's benchmark), and
/// 96 of those held tens of MB more; a parsed document takes about twice its bytes again. On
/// that content-rich workload 8 MiB peaked at 95 MB and 4 MiB at 85 MB at the same speed; the
/// headline workload stays under the count (96 × 31 KB < 4 MiB).
constexpr qint64 backlogHighBytes = 4 * 1024 * 1024;
constexpr qint64 backlogLowBytes = 2 * 1024 * 1024;

struct Selection
{
    qint64 runId = 0;
    QList<Feed> feeds;
    QHash<qint64, FeedLogin> logins;
    QList<Account> accounts;
    QString error;
};

} // namespace

BackgroundFetch::BackgroundFetch(StoreThread *store, const FetchService::Limits &limits, QObject *parent)
    : QObject(parent), m_store(store), m_fetch(new FetchService(limits, this)), m_logins(new LoginResolver(this)),
      m_credentials(new CredentialStore(this))
{
    m_stopNetworkTimer.setSingleShot(true);
    m_reportTimer.setSingleShot(true);
    m_stopNetworkTimer.setTimerType(Qt::PreciseTimer);
    m_reportTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_stopNetworkTimer, &QTimer::timeout, this, &BackgroundFetch::stopNetwork);
    connect(&m_reportTimer, &QTimer::timeout, this, [this] { finish(true); });
    m_lockRetryTimer.setInterval(100ms);
    connect(&m_lockRetryTimer, &QTimer::timeout, this, &BackgroundFetch::waitForRunLock);
    m_gatherTimer.setSingleShot(true);
    m_gatherTimer.setTimerType(Qt::PreciseTimer);
    m_gatherTimer.setInterval(storeGatherWindow);
    connect(&m_gatherTimer, &QTimer::timeout, this, [this] { writePending(WhenSmall::WriteAnyway); });
    connect(m_fetch, &FetchService::finished, this, &BackgroundFetch::onResponse);
    m_preparers.setObjectName(u"freshet-prepare"_s);
    connect(m_logins, &LoginResolver::ready, this, [this](const FeedRequest &request) {
        if (m_running && m_feedsInFlight.contains(request.feedId))
            m_fetch->enqueue(request);
    });
    connect(m_logins, &LoginResolver::failed, this, &BackgroundFetch::onResponse);
}

BackgroundFetch::~BackgroundFetch()
{
    // Documents already fetched are still stored, as they would have been had we lived on:
    // take what the preparers finish, and hand everything pending to the store without
    // waiting for its answer (the store outlives us and finishes the jobs posted to it).
    m_preparers.waitForDone();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    if (!m_pendingWrites.isEmpty()) {
        m_store->post([batch = std::exchange(m_pendingWrites, {})](FeedStore &store) { return writeResponses(store, batch); },
                      nullptr, [](const QList<FeedUpdateOutcome> &) {});
    }
    if (m_runLock)
        m_runLock->release();
}

void BackgroundFetch::setRunLock(const QString &lockFilePath)
{
    m_runLock = std::make_unique<RunLock>(lockFilePath);
}

void BackgroundFetch::perform(FetchTrigger trigger, std::chrono::milliseconds budget, const FetchScope &scope)
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    m_cpuAtStart = processCpuTime();
    m_deadline = QDeadlineTimer(budget, Qt::PreciseTimer);
    m_summary = FetchRunSummary{};
    m_summary.trigger = trigger;
    m_summary.startedAt = QDateTime::currentDateTimeUtc();
    m_summary.deadlineMs = budget.count();
    m_feedsInFlight.clear();
    m_fetch->setPaused(false); // a run the deadline ended while it waited for the store
    m_syncsInFlight = 0;
    m_total = 0;
    m_written = 0;
    m_answered = 0;
    m_failure.clear();
    m_storeFailed = false;

    m_fetch->setDeadline(QDeadlineTimer(budget - networkMargin(budget), Qt::PreciseTimer));
    m_stopNetworkTimer.start(budget - networkMargin(budget));
    m_reportTimer.start(budget - reportMargin(budget));

    m_scope = scope;
    m_lockWaitEnd = QDeadlineTimer(lockWait(budget), Qt::PreciseTimer);
    waitForRunLock();
}

void BackgroundFetch::waitForRunLock()
{
    if (!m_running)
        return;
    if (!m_runLock || m_runLock->tryAcquire()) {
        m_lockRetryTimer.stop();
        selectFeeds();
        return;
    }
    if (!m_runLock->failure().isEmpty()) {
        m_lockRetryTimer.stop();
        m_failure = m_runLock->failure();
        finish(false);
        return;
    }
    if (m_lockWaitEnd.hasExpired()) {
        m_lockRetryTimer.stop();
        m_failure = BackgroundFetchMessages::tr("%1 is refreshing this profile; this run stopped without fetching.").arg(m_runLock->holderDescription());
        finish(false);
        return;
    }
    if (!m_lockRetryTimer.isActive())
        m_lockRetryTimer.start();
}

void BackgroundFetch::selectFeeds()
{
    const FetchTrigger trigger = m_summary.trigger;
    const FetchScope scope = m_scope;
    const qint64 deadlineMs = m_summary.deadlineMs;
    const QDateTime startedAt = m_summary.startedAt;
    m_store->post(
        [trigger, startedAt, deadlineMs, scope](FeedStore &store) {
            Selection selection;
            Result<qint64> run = store.beginRun(trigger, deadlineMs, startedAt);
            if (!run) {
                selection.error = run.error();
                return selection;
            }
            selection.runId = run.value();
            if (scope.localFeeds && scope.accountName.isEmpty()) {
                Result<QList<Feed>> feeds = store.feedsToRefresh(startedAt, scope.all, scope.feedUrls);
                if (!feeds)
                    selection.error = feeds.error();
                else
                    selection.feeds = std::move(feeds).value();
            }
            if (scope.feedUrls.isEmpty() || !scope.accountsOfNamedFeeds.isEmpty()) {
                Result<QList<Account>> accounts = store.accounts();
                if (!accounts)
                    selection.error = accounts.error();
                for (const Account &account : accounts ? accounts.value() : QList<Account>()) {
                    const bool named = scope.feedUrls.isEmpty()
                                           ? scope.accountName.isEmpty() || account.name.compare(scope.accountName, Qt::CaseInsensitive) == 0
                                           : scope.accountsOfNamedFeeds.contains(account.name);
                    // An account waiting for its user to log in again is not tried: the
                    // server would only refuse the same password once more.
                    if (!account.isLocal() && named && !account.loginNeeded)
                        selection.accounts << account;
                }
            }
            if (Result<QHash<qint64, FeedLogin>> logins = store.logins(); !logins)
                selection.error = logins.error();
            else
                selection.logins = std::move(logins).value();
            return selection;
        },
        this,
        [this](Selection selection) {
            onFeedsSelected(selection.runId, selection.feeds, selection.logins, selection.accounts, selection.error);
        });
}

void BackgroundFetch::onFeedsSelected(qint64 runId, const QList<Feed> &feeds, const QHash<qint64, FeedLogin> &logins,
                                      const QList<Account> &accounts, const QString &error)
{
    if (!m_running)
        return;
    m_summary.runId = runId;
    if (!error.isEmpty()) {
        m_failure = error;
        finish(false);
        return;
    }
    const QList<Feed> asked = withoutRateLimited(feeds);
    m_total = int(asked.size() + accounts.size());
    emit started(m_total);
    if (m_total == 0) {
        finish(false);
        return;
    }
    for (const Feed &feed : asked) {
        m_feedsInFlight.insert(feed.id, feed);
        m_logins->resolve(FeedRequest{feed.id, QUrl(feed.url), feed.etag, feed.lastModified, {}, {}}, logins.value(feed.id));
    }
    for (const Account &account : accounts)
        startSync(account);
}

QList<Feed> BackgroundFetch::withoutRateLimited(const QList<Feed> &feeds)
{
    // A server's explicit "come back later" binds every trigger: a forced refresh (--all, F5,
    // Refresh Feed) selects feeds whatever their schedule, but not past a Retry-After. Such a
    // feed is skipped, not failed: it did nothing wrong in this run.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Feed> asked;
    asked.reserve(feeds.size());
    for (const Feed &feed : feeds) {
        if (!feed.isRateLimitedAt(now)) {
            asked << feed;
            continue;
        }
        FeedOutcomeRecord record;
        record.feedId = feed.id;
        record.feedUrl = feed.url;
        record.outcome = FeedOutcome::Skipped;
        record.rateLimited = true;
        record.message = rateLimitedUntilText(feed.retryAfterAt);
        ++m_summary.skipped;
        ++m_summary.rateLimited;
        m_summary.outcomes << record;
        m_store->post([runId = m_summary.runId, record](FeedStore &store) { return store.addOutcome(runId, record); }, this,
                      [](const Status &) {});
    }
    return asked;
}

void BackgroundFetch::startSync(const Account &account)
{
    ++m_syncsInFlight;
    if (!m_sync) {
        m_sync = new sync::SyncRunner(m_store, this);
        connect(m_sync, &sync::SyncRunner::finished, this, &BackgroundFetch::onSyncFinished);
        connect(m_sync, &sync::SyncRunner::stored, this,
                [this](qint64, int added, int updated) { emit feedUpdated(0, added, updated); });
    }
    const QDeadlineTimer networkDeadline(m_deadline.remainingTimeAsDuration() - networkMargin(std::chrono::milliseconds(m_summary.deadlineMs)),
                                         Qt::PreciseTimer);
    m_credentials->read(account.credentialKey, this, [this, account, networkDeadline](const Result<QString> &secret) {
        if (!m_running)
            return;
        if (!secret) {
            onSyncFinished(sync::AccountSyncOutcome::failed(
                account, sync::SyncErrorKind::Login,
                BackgroundFetchMessages::tr("The password of account “%1” could not be read: %2").arg(account.name, secret.error())));
            return;
        }
        m_sync->start(account, secret.value(), networkDeadline);
    });
}

void BackgroundFetch::onSyncFinished(const sync::AccountSyncOutcome &outcome)
{
    if (!m_running || m_syncsInFlight == 0)
        return;
    --m_syncsInFlight;
    ++m_written;
    FeedOutcomeRecord record;
    record.feedUrl = outcome.server;
    record.newItems = outcome.newItems;
    record.updatedItems = outcome.updatedItems;
    record.elapsedMs = outcome.elapsedMs;
    ++m_summary.attempted;
    if (!outcome.ok) {
        record.outcome = FeedOutcome::Failed;
        record.message = BackgroundFetchMessages::tr("Sync of account “%1” failed: %2").arg(outcome.accountName, outcome.error);
        ++m_summary.failed;
        if (outcome.errorKind == sync::SyncErrorKind::Login)
            m_summary.loginNeeded << outcome.accountName;
    } else {
        record.outcome = outcome.newItems + outcome.updatedItems > 0 ? FeedOutcome::Updated : FeedOutcome::NoNewItems;
        record.message = (outcome.deadlineHit
                              ? BackgroundFetchMessages::tr("Account “%1” synced in part (the deadline came first): %2 new, %3 changed, %4 read/star changes sent, %5 received.")
                              : BackgroundFetchMessages::tr("Account “%1” synced: %2 new, %3 changed, %4 read/star changes sent, %5 received."))
                             .arg(outcome.accountName)
                             .arg(outcome.newItems)
                             .arg(outcome.updatedItems)
                             .arg(outcome.sentChanges)
                             .arg(outcome.stateChanges);
        if (outcome.pendingChanges > 0)
            record.message += u' '
                              + BackgroundFetchMessages::tr("%n read/star change(s) made here still wait for the server; the next sync sends them.",
                                                            nullptr, outcome.pendingChanges);
        if (record.outcome == FeedOutcome::Updated)
            ++m_summary.updated;
        ++m_answered;
    }
    m_summary.newItems += outcome.newItems;
    m_summary.updatedItems += outcome.updatedItems;
    m_summary.deadlineHit = m_summary.deadlineHit || outcome.deadlineHit;
    m_summary.pendingChanges += outcome.pendingChanges;
    m_summary.outcomes << record;
    m_store->post([runId = m_summary.runId, record](FeedStore &store) { return store.addOutcome(runId, record); }, this,
                  [](const Status &) {});
    emit progress(m_written, m_total);
    finishWhenDone();
}

void BackgroundFetch::finishWhenDone()
{
    if (m_feedsInFlight.isEmpty() && m_syncsInFlight == 0)
        finish(false);
}

void BackgroundFetch::onResponse(const FeedResponse &response)
{
    if (!m_running)
        return;
    const auto found = m_feedsInFlight.constFind(response.feedId);
    if (found == m_feedsInFlight.constEnd())
        return;
    const Feed feed = *found;
    const qint64 runId = m_summary.runId;
    const double jitter = QRandomGenerator::global()->generateDouble();
    m_summary.bytes += response.bytes;
    m_backlogBytes += response.body.size(); // until written (writePending)
    if (response.started)
        ++m_summary.attempted;
    if (!response.ok() || response.notModified) {
        onPrepared(prepareResponse(runId, feed, response, jitter)); // nothing to hash or parse
        return;
    }
    ++m_preparing;
    holdBackIfBehind();
    m_preparers.start([this, runId, feed, response, jitter] {
        PreparedResponse prepared = prepareResponse(runId, feed, response, jitter);
        // Queued to this object: dropped if it is gone, and it cannot be gone while we run
        // (the destructor waits for the preparers).
        QMetaObject::invokeMethod(
            this,
            [this, prepared = std::move(prepared)]() mutable {
                --m_preparing;
                onPrepared(std::move(prepared));
            },
            Qt::QueuedConnection);
    });
}

void BackgroundFetch::holdBackIfBehind()
{
    const qsizetype backlog = m_preparing + m_pendingWrites.size();
    if (backlog >= backlogHighMark || m_backlogBytes >= backlogHighBytes)
        m_fetch->setPaused(true);
    else if (backlog <= backlogLowMark && m_backlogBytes <= backlogLowBytes)
        m_fetch->setPaused(false);
}

void BackgroundFetch::onPrepared(PreparedResponse prepared)
{
    // Even after the report (the deadline), what arrived is stored: the feed then has its
    // items and next due time, though this run counted it as skipped.
    m_pendingWrites.append(std::move(prepared));
    writePending();
}

void BackgroundFetch::writePending(WhenSmall whenSmall)
{
    if (m_writing || m_pendingWrites.isEmpty())
        return;
    // Every feed of the run is in flight until written: more than the pending ones means more
    // answers are on their way.
    const bool moreComing = m_feedsInFlight.size() > m_pendingWrites.size();
    if (whenSmall == WhenSmall::Gather && moreComing && m_pendingWrites.size() < maxBatchFeeds) {
        if (!m_gatherTimer.isActive())
            m_gatherTimer.start();
        return;
    }
    m_gatherTimer.stop();
    m_writing = true;
    ++m_summary.storeTransactions;
    QList<PreparedResponse> batch;
    if (m_pendingWrites.size() <= maxBatchFeeds) {
        batch = std::exchange(m_pendingWrites, {});
    } else {
        batch = m_pendingWrites.first(maxBatchFeeds);
        m_pendingWrites.remove(0, maxBatchFeeds);
    }
    qint64 batchBytes = 0;
    for (const PreparedResponse &prepared : std::as_const(batch))
        batchBytes += prepared.documentBytes;
    // The parsed documents are freed on the store thread, once written: freeing thousands of
    // strings is work the GUI thread should not get with the results.
    m_store->post(
        [batch = std::move(batch)](FeedStore &store) mutable {
            QList<FeedUpdateOutcome> outcomes = writeResponses(store, batch);
            batch.clear();
            return outcomes;
        },
        this,
        [this, batchBytes](const QList<FeedUpdateOutcome> &outcomes) {
            m_writing = false;
            m_backlogBytes -= batchBytes;
            for (const FeedUpdateOutcome &outcome : outcomes)
                onFeedWritten(outcome);
            writePending();
            holdBackIfBehind();
        });
}

void BackgroundFetch::onFeedWritten(const FeedUpdateOutcome &outcome)
{
    // A feed of an earlier run, written after its report, is not this run's business.
    if (!m_running || outcome.runId != m_summary.runId)
        return;
    m_feedsInFlight.remove(outcome.record.feedId);
    ++m_written;
    if (!outcome.storeError.isEmpty()) {
        m_storeFailed = true;
        if (m_failure.isEmpty())
            m_failure = outcome.storeError;
    }
    switch (outcome.record.outcome) {
    case FeedOutcome::Updated:
        ++m_summary.updated;
        ++m_answered;
        break;
    case FeedOutcome::NotModified:
        ++m_summary.notModified;
        ++m_answered;
        break;
    case FeedOutcome::Failed:
    case FeedOutcome::Disabled: ++m_summary.failed; break;
    case FeedOutcome::Skipped: ++m_summary.skipped; break;
    case FeedOutcome::NoNewItems: ++m_answered; break;
    }
    m_summary.newItems += outcome.changes.newItems;
    m_summary.updatedItems += outcome.changes.updatedItems;
    m_summary.outcomes << outcome.record;
    if (outcome.changes.newItems + outcome.changes.updatedItems > 0)
        emit feedUpdated(outcome.record.feedId, outcome.changes.newItems, outcome.changes.updatedItems);
    emit progress(m_written, m_total);
    finishWhenDone();
}

void BackgroundFetch::expire()
{
    if (!m_running)
        return;
    stopNetwork();
    finish(true);
}

void BackgroundFetch::stopNetwork()
{
    if (!m_running)
        return;
    m_fetch->cancelAll();
    if (m_sync)
        m_sync->stopAll();
}

void BackgroundFetch::finish(bool deadlineHit)
{
    if (!m_running)
        return;
    m_running = false;
    m_stopNetworkTimer.stop();
    m_reportTimer.stop();
    m_lockRetryTimer.stop();
    m_fetch->cancelAll();
    m_logins->cancelAll();
    // Writes still queued on the store thread finish with the lock released; they touch only
    // feeds this run already answered, which a next run would store identically.
    if (m_runLock)
        m_runLock->release();

    FetchRunSummary summary = m_summary;
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    summary.elapsedMs = m_clock.elapsed();
    // The whole process's: in a window that includes painting the rows the run adds, which is
    // part of what the refresh costs too.
    summary.cpuMs = (processCpuTime() - m_cpuAtStart).count();
    // Feeds still being written at the report are not counted, but their writes still land.
    summary.skipped += int(m_feedsInFlight.size()) + m_syncsInFlight;
    m_syncsInFlight = 0;
    if (m_sync)
        m_sync->stopAll();
    // Besides rate-limited feeds (skipped before the run asked anything), only the deadline
    // skips a feed, so any other skipped feed means the deadline was reached.
    summary.deadlineHit = deadlineHit || summary.deadlineHit || summary.skipped > summary.rateLimited;
    // As on iOS: new data wins even if some feeds failed; failed only when no feed answered.
    // A store that cannot keep what arrived (damaged, full) fails the run whatever was kept.
    if (m_storeFailed)
        summary.result = FetchResult::Failed;
    else if (summary.newItems + summary.updatedItems > 0)
        summary.result = FetchResult::NewData;
    else if (!m_failure.isEmpty() || (m_total > 0 && m_answered == 0))
        summary.result = FetchResult::Failed;
    else
        summary.result = FetchResult::NoData;
    summary.error = m_failure;
    m_feedsInFlight.clear();

    if (summary.runId != 0)
        m_store->post([summary](FeedStore &store) { return store.finishRun(summary); }, this,
                      [this](const Status &) { emit searchIndexCaughtUp(); });
    if (m_readRetentionDays > 0) {
        // Queued behind the run's own writes, so what it just stored is counted too. A failure
        // loses nothing: the next run tries again.
        const QDateTime before = QDateTime::currentDateTimeUtc().addDays(-m_readRetentionDays);
        m_store->post([before](FeedStore &store) { return store.pruneReadItems(before); }, this,
                      [this](const Result<ItemRecords::Pruned> &pruned) {
                          if (pruned && pruned.value().items > 0)
                              emit readItemsRemoved(pruned.value().items, pruned.value().bytes);
                      });
    }
    emit completed(summary);
}

} // namespace freshet
