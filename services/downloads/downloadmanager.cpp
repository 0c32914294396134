// SPDX-License-Identifier: MIT
#include "downloadmanager.h"

#include "diagnostics/logcategories.h"
#include "safefilename.h"
#include "storage/database.h"
#include "storage/sqlrows.h"
#include "storage/storethread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

class DownloadManagerMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::DownloadManagerMessages)
};

// Progress reaches the database this often: enough for `freshet downloads` in another
// process; the .part itself is what a resume trusts.
constexpr qint64 SaveIntervalMs = 2000;
constexpr qint64 SpeedSampleMs = 500;

QString notOpenMessage()
{
    return DownloadManagerMessages::tr("The downloads database is not open.");
}

QString runningElsewhereMessage(const Download &download)
{
    return DownloadManagerMessages::tr("Another Freshet process is downloading %1; pause or cancel it there, or wait until it is done.")
        .arg(download.displayName());
}

int retryDelayMs(int failedAttempts)
{
    return int(std::min<qint64>(30000, qint64(500) << std::min(failedAttempts, 10)));
}

} // namespace

DownloadManager::DownloadManager(StoreThread *store, QString folder, QObject *parent)
    : QObject(parent), m_writer(store), m_databasePath(store->databasePath()), m_folder(std::move(folder))
{
    qRegisterMetaType<freshet::Download>();
    qRegisterMetaType<freshet::DownloadProgress>();
    m_connectionName = u"freshet-downloads-%1"_s.arg(quintptr(this), 0, 16);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &DownloadManager::onDeadline);
}

DownloadManager::~DownloadManager()
{
    // Leaving mid-way (quitting) is a pause that the next start resumes.
    const QList<qint64> ids = m_active.keys();
    for (qint64 id : ids) {
        if (m_active.contains(id)) {
            m_active[id].record.state = DownloadState::Queued;
            m_active[id].transfer->stop();
        }
    }
    m_store.reset();
    closeDatabase(m_connectionName);
}

Status DownloadManager::open()
{
    Result<QSqlDatabase> db = openReaderDatabase(m_databasePath, m_connectionName);
    if (!db)
        return Status::failure(db.error());
    m_store = std::make_unique<DownloadStore>(db.value());
    return Status::success();
}

template <typename Write>
auto DownloadManager::write(Write job)
{
    return m_writer->call([&job](FeedStore &store) {
        DownloadStore writer(store.database());
        return job(writer);
    });
}

void DownloadManager::setMetered(bool metered)
{
    m_metered = metered;
    schedule();
}

void DownloadManager::setDeadline(QDeadlineTimer deadline)
{
    m_deadline = deadline;
    if (deadline.isForever()) {
        m_deadlineTimer.stop();
        return;
    }
    m_deadlineTimer.start(int(std::clamp<qint64>(deadline.remainingTime(), 0, std::numeric_limits<int>::max())));
}

Result<Download> DownloadManager::queueItem(qint64 itemId)
{
    if (!m_store)
        return Result<Download>::failure(notOpenMessage());
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT url, length FROM enclosures WHERE item_id = ? ORDER BY id LIMIT 1"_s);
    query.addBindValue(itemId);
    if (!query.exec())
        return Result<Download>::failure(describeSqlError(query.lastError()));
    const Result<bool> found = nextRow(query);
    if (!found)
        return Result<Download>::failure(found.error());
    if (!found.value())
        return Result<Download>::failure(DownloadManagerMessages::tr("Item %1 does not exist or has no enclosure to download.").arg(itemId));
    const QString url = query.value(0).toString();
    const qint64 length = query.value(1).isNull() ? -1 : query.value(1).toLongLong();
    // Ends the read before the write: an open statement would keep this connection on the
    // snapshot from before it.
    query.finish();
    return queueEnclosure(itemId, url, length, false, false, -1);
}

Result<int> DownloadManager::queueAutomatic()
{
    if (!m_store)
        return Result<int>::failure(notOpenMessage());
    Result<QList<AutomaticCandidate>> candidates = m_store->automaticCandidates();
    if (!candidates)
        return Result<int>::failure(candidates.error());
    int queued = 0;
    for (const AutomaticCandidate &candidate : candidates.value()) {
        // A known size over the limit is never queued; an unknown one is checked when the
        // server tells it.
        if (candidate.settings.maxBytes >= 0 && candidate.length > candidate.settings.maxBytes)
            continue;
        if (queueEnclosure(candidate.itemId, candidate.url, candidate.length, true, candidate.settings.unmeteredOnly,
                           candidate.settings.maxBytes))
            ++queued;
    }
    return Result<int>::success(queued);
}

Result<Download> DownloadManager::queueEnclosure(qint64 itemId, const QString &url, qint64 length, bool automatic, bool unmeteredOnly, qint64 maxBytes)
{
    if (Status usable = checkDownloadUrl(url); !usable)
        return Result<Download>::failure(usable.error());
    Result<std::optional<Download>> existing = m_store->byItem(itemId, url);
    if (!existing)
        return Result<Download>::failure(existing.error());
    if (existing.value()) {
        Download download = *existing.value();
        const bool finishedAndThere = download.state == DownloadState::Completed && QFile::exists(download.targetPath);
        if (!finishedAndThere && !download.isActive()) {
            if (download.state == DownloadState::Completed) {
                download.targetPath.clear();
                download.bytesDone = 0;
                download.finishedAt = {};
            }
            download.state = DownloadState::Queued;
            download.error.clear();
            save(download);
            QMetaObject::invokeMethod(this, &DownloadManager::schedule, Qt::QueuedConnection);
        }
        return Result<Download>::success(download);
    }
    const QString partPath = newPartPath(url);
    Result<Download> added = write([&](DownloadStore &writer) {
        return writer.add(itemId, url, length, partPath, automatic, unmeteredOnly, maxBytes);
    });
    if (added) {
        emit changed(added.value());
        m_idleReported = false;
        QMetaObject::invokeMethod(this, &DownloadManager::schedule, Qt::QueuedConnection);
    }
    return added;
}

QString DownloadManager::newPartPath(const QString &url) const
{
    const QDir folder(m_folder);
    const QString name = SafeFileName::sanitise(SafeFileName::fromUrl(QUrl(url)));
    const QString unique = SafeFileName::unique(name, [this, &folder](const QString &candidate) {
        const QString part = folder.absoluteFilePath(candidate + u".part"_s);
        const Result<bool> taken = m_store->partPathTaken(part);
        return folder.exists(candidate) || QFile::exists(part) || !taken || taken.value();
    });
    return folder.absoluteFilePath(unique + u".part"_s);
}

Status DownloadManager::pause(qint64 id)
{
    if (!m_store)
        return Status::failure(notOpenMessage());
    if (m_active.contains(id)) {
        m_active[id].record.state = DownloadState::Paused;
        m_active[id].transfer->stop();
        return Status::success();
    }
    Result<std::optional<Download>> found = m_store->byId(id);
    if (!found || !found.value())
        return Status::failure(found ? DownloadManagerMessages::tr("There is no download %1.").arg(id) : found.error());
    Download download = *found.value();
    if (partHeldElsewhere(download.partPath))
        return Status::failure(runningElsewhereMessage(download));
    if (download.state == DownloadState::Queued || download.state == DownloadState::Running) {
        delete m_retryTimers.take(id);
        download.state = DownloadState::Paused;
        save(download);
    }
    checkIdle();
    return Status::success();
}

Status DownloadManager::resume(qint64 id)
{
    if (!m_store)
        return Status::failure(notOpenMessage());
    Result<std::optional<Download>> found = m_store->byId(id);
    if (!found || !found.value())
        return Status::failure(found ? DownloadManagerMessages::tr("There is no download %1.").arg(id) : found.error());
    Download download = *found.value();
    m_failedAttempts.remove(id);
    m_busyElsewhere.remove(id);
    if (download.state == DownloadState::Completed && QFile::exists(download.targetPath))
        return Status::success();
    if (!m_active.contains(id)) {
        if (download.state == DownloadState::Completed) { // the finished file was deleted
            download.targetPath.clear();
            download.finishedAt = {};
        }
        download.state = DownloadState::Queued;
        download.error.clear();
        save(download);
        m_idleReported = false;
        schedule();
    }
    return Status::success();
}

Status DownloadManager::cancel(qint64 id)
{
    if (!m_store)
        return Status::failure(notOpenMessage());
    Result<std::optional<Download>> found = m_store->byId(id);
    if (!found || !found.value())
        return Status::failure(found ? DownloadManagerMessages::tr("There is no download %1.").arg(id) : found.error());
    delete m_retryTimers.take(id);
    if (m_active.contains(id)) {
        m_active[id].record.state = DownloadState::Cancelled;
        m_active[id].record.bytesDone = 0;
        m_active[id].transfer->stop(); // onFinished saves it and removes the .part
        return Status::success();
    }
    Download download = *found.value();
    if (download.state == DownloadState::Completed)
        return Status::success();
    if (partHeldElsewhere(download.partPath))
        return Status::failure(runningElsewhereMessage(download));
    QFile::remove(download.partPath);
    download.state = DownloadState::Cancelled;
    download.bytesDone = 0;
    download.etag.clear();
    download.lastModified.clear();
    save(download);
    checkIdle();
    return Status::success();
}

Result<QList<Download>> DownloadManager::downloads() const
{
    if (!m_store)
        return Result<QList<Download>>::failure(notOpenMessage());
    return m_store->all();
}

Result<std::optional<Download>> DownloadManager::download(qint64 id) const
{
    if (!m_store)
        return Result<std::optional<Download>>::failure(notOpenMessage());
    return m_store->byId(id);
}

Result<bool> DownloadManager::hasEnclosure(qint64 itemId) const
{
    if (!m_store)
        return Result<bool>::failure(notOpenMessage());
    return m_store->hasEnclosure(itemId);
}

Result<FeedDownloadSettings> DownloadManager::feedSettings(qint64 feedId) const
{
    if (!m_store)
        return Result<FeedDownloadSettings>::failure(notOpenMessage());
    return m_store->feedSettings(feedId);
}

Status DownloadManager::setFeedSettings(qint64 feedId, const FeedDownloadSettings &settings)
{
    if (!m_store)
        return Status::failure(notOpenMessage());
    return write([&](DownloadStore &writer) { return writer.setFeedSettings(feedId, settings); });
}

QList<DownloadProgress> DownloadManager::activeProgress() const
{
    QList<DownloadProgress> list;
    for (const Active &active : m_active)
        list << active.progress;
    return list;
}

void DownloadManager::setHeld(bool held)
{
    m_held = held;
    if (!held)
        schedule();
}

void DownloadManager::schedule()
{
    if (!m_store || m_scheduling || (m_held && m_only == 0))
        return;
    m_scheduling = true;
    // A download started with less than this left would only open a connection to close it.
    const bool timeLeft = m_deadline.isForever() || m_deadline.remainingTime() > 1000;
    if (timeLeft && m_active.size() < m_maxConcurrent) {
        const Result<QList<Download>> runnable = m_store->runnable();
        if (runnable) {
            for (const Download &download : runnable.value()) {
                if (m_active.size() >= m_maxConcurrent)
                    break;
                if (m_active.contains(download.id) || m_retryTimers.contains(download.id) || m_busyElsewhere.contains(download.id))
                    continue;
                if (m_only != 0 && download.id != m_only)
                    continue;
                if (download.unmeteredOnly && m_metered)
                    continue;
                startTransfer(download);
            }
        }
    }
    m_scheduling = false;
    checkIdle();
}

void DownloadManager::startTransfer(const Download &download)
{
    m_idleReported = false;
    TransferRequest request;
    request.url = QUrl(download.enclosureUrl);
    request.folder = m_folder;
    request.etag = download.etag;
    request.lastModified = download.lastModified;
    request.enclosureLength = download.enclosureLength;
    request.maxBytes = download.maxBytes;

    const qint64 id = download.id;
    Active &active = m_active[id];
    active.record = download;
    // Nothing kept yet: start in the folder chosen now, not in the one a failed attempt
    // (or an earlier setting) named, which may be the reason it failed.
    if (!QFile::exists(download.partPath) && QFileInfo(download.partPath).absolutePath() != QDir(m_folder).absolutePath())
        active.record.partPath = newPartPath(download.enclosureUrl);
    request.partPath = active.record.partPath;
    active.record.state = DownloadState::Running;
    active.record.error.clear();
    active.clock.start();
    active.progress.id = id;
    active.transfer = new DownloadTransfer(request, this);
    qCDebug(lcDownloads).noquote() << "download" << id << "of" << redactedUrl(request.url) << "starts"
                                   << (QFile::exists(request.partPath) ? "(resuming)" : "");
    save(active.record);
    connect(active.transfer, &DownloadTransfer::validatorsKnown, this, [this, id](const QString &etag, const QString &lastModified, qint64 total) {
        onValidators(id, etag, lastModified, total);
    });
    connect(active.transfer, &DownloadTransfer::progress, this,
            [this, id](qint64 done, qint64 total) { onProgress(id, done, total); });
    connect(active.transfer, &DownloadTransfer::finished, this,
            [this, id](const TransferOutcome &outcome) { onFinished(id, outcome); });
    active.transfer->start();
    if (m_active.contains(id)) {
        Active &started = m_active[id];
        started.startBytes = started.transfer->bytesDone();
        started.sampleBytes = started.startBytes;
    }
}

void DownloadManager::onValidators(qint64 id, const QString &etag, const QString &lastModified, qint64 total)
{
    if (!m_active.contains(id))
        return;
    Active &active = m_active[id];
    active.record.etag = etag;
    active.record.lastModified = lastModified;
    active.record.totalBytes = total;
    active.record.bytesDone = active.transfer->bytesDone();
    // Written before the first byte of this response reaches the .part (see validatorsKnown).
    save(active.record);
}

void DownloadManager::onProgress(qint64 id, qint64 done, qint64 total)
{
    if (!m_active.contains(id))
        return;
    Active &active = m_active[id];
    active.record.bytesDone = done;
    active.record.totalBytes = total;
    const qint64 now = active.clock.elapsed();
    if (done < active.sampleBytes) { // restarted from zero
        active.sampleBytes = done;
        active.sampleMs = now;
    }
    if (now - active.sampleMs >= SpeedSampleMs) {
        const double instant = double(done - active.sampleBytes) * 1000.0 / double(now - active.sampleMs);
        // Smoothed so "time left" does not jump with every burst.
        active.progress.bytesPerSecond = active.progress.bytesPerSecond <= 0 ? instant : 0.7 * active.progress.bytesPerSecond + 0.3 * instant;
        active.sampleBytes = done;
        active.sampleMs = now;
    }
    active.progress.bytesDone = done;
    active.progress.totalBytes = total;
    active.progress.secondsLeft = (total > 0 && active.progress.bytesPerSecond > 1)
                                      ? qint64((total - done) / active.progress.bytesPerSecond + 0.5)
                                      : -1;
    if (now - active.savedMs >= SaveIntervalMs) {
        active.savedMs = now;
        save(active.record);
    }
    emit progressed(active.progress);
}

void DownloadManager::onFinished(qint64 id, const TransferOutcome &outcome)
{
    if (!m_active.contains(id))
        return;
    Active active = m_active.take(id);
    active.transfer->deleteLater();
    Download &record = active.record;
    static constexpr const char *kindNames[] = {"completed", "interrupted", "failed", "stopped", "busy elsewhere"};
    qCDebug(lcDownloads).noquote() << "download" << id << kindNames[int(outcome.kind)] << "at" << outcome.bytesDone << "bytes in"
                                   << active.clock.elapsed() << "ms" << outcome.error;
    record.bytesDone = outcome.bytesDone;
    if (outcome.totalBytes >= 0)
        record.totalBytes = outcome.totalBytes;
    if (outcome.restarted && outcome.kind != TransferOutcome::Kind::Completed && record.bytesDone == 0) {
        record.etag.clear();
        record.lastModified.clear();
    }
    switch (outcome.kind) {
    case TransferOutcome::Kind::Completed:
        m_failedAttempts.remove(id);
        record.state = DownloadState::Completed;
        record.targetPath = outcome.targetPath;
        record.error.clear();
        record.finishedAt = QDateTime::currentDateTimeUtc();
        break;
    case TransferOutcome::Kind::Interrupted: {
        // Progress made this attempt forgives earlier failures: a flaky line that keeps
        // moving finishes eventually.
        const int failed = outcome.bytesDone > active.startBytes ? 1 : m_failedAttempts.value(id) + 1;
        m_failedAttempts[id] = failed;
        if (failed >= m_maxAttempts) {
            record.state = DownloadState::Failed;
            record.error = outcome.error;
            m_failedAttempts.remove(id);
        } else {
            record.state = DownloadState::Queued;
            record.error = DownloadManagerMessages::tr("%1 Resuming…").arg(outcome.error);
            auto *timer = new QTimer(this);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, this, [this, id] {
                delete m_retryTimers.take(id);
                schedule();
            });
            m_retryTimers.insert(id, timer);
            timer->start(retryDelayMs(failed - 1));
        }
        break;
    }
    case TransferOutcome::Kind::Failed:
        m_failedAttempts.remove(id);
        record.state = DownloadState::Failed;
        record.error = outcome.error;
        break;
    case TransferOutcome::Kind::Stopped:
        // pause(), cancel() or the deadline set the state before stopping.
        if (record.state == DownloadState::Running)
            record.state = DownloadState::Queued;
        if (record.state == DownloadState::Cancelled) {
            QFile::remove(record.partPath);
            record.bytesDone = 0;
            record.etag.clear();
            record.lastModified.clear();
        }
        break;
    case TransferOutcome::Kind::Busy: {
        // Another process owns it; look again later rather than fight over the .part.
        m_busyElsewhere.insert(id);
        QTimer::singleShot(30000, this, [this, id] {
            m_busyElsewhere.remove(id);
            schedule();
        });
        Result<std::optional<Download>> stored = m_store->byId(id);
        if (stored && stored.value())
            emit changed(*stored.value());
        QMetaObject::invokeMethod(this, &DownloadManager::schedule, Qt::QueuedConnection);
        return;
    }
    }
    save(record);
    QMetaObject::invokeMethod(this, &DownloadManager::schedule, Qt::QueuedConnection);
}

void DownloadManager::onDeadline()
{
    for (auto it = m_retryTimers.begin(); it != m_retryTimers.end(); ++it)
        delete it.value();
    m_retryTimers.clear();
    const QList<qint64> ids = m_active.keys();
    for (qint64 id : ids) {
        if (!m_active.contains(id))
            continue;
        m_active[id].record.state = DownloadState::Queued; // continues next time
        m_active[id].transfer->stop();
    }
    checkIdle();
}

void DownloadManager::save(Download &download)
{
    if (Status saved = write([&download](DownloadStore &writer) { return writer.save(download); }); !saved)
        qWarning("freshet: cannot record download %lld: %s", download.id, qPrintable(saved.error()));
    emit changed(download);
}

void DownloadManager::checkIdle()
{
    if (!isIdle()) {
        m_idleReported = false;
        return;
    }
    if (m_idleReported || m_scheduling)
        return;
    m_idleReported = true;
    emit idle();
}

} // namespace freshet
