// SPDX-License-Identifier: MIT
#include "downloadtransfer.h"

#include "download.h"
#include "httpget.h"
#include "safefilename.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

class TransferMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::TransferMessages)
};

// HttpGet keeps at most this much the transfer has not taken (libcurl pauses past it): the memory bound.
constexpr qint64 ReadBufferBytes = 1024 * 1024;
constexpr qsizetype WriteChunkBytes = 256 * 1024;
constexpr int ProgressIntervalMs = 100;
constexpr qint64 WritebackStepBytes = 8 * 1024 * 1024;
// Inactivity, not total time: a 1 GB file on a slow line takes as long as it takes.
constexpr int StallTimeoutMs = 30000;

struct ContentRange
{
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1;
};

/// "bytes a-b/total" or "bytes */total"; total may be "*".
ContentRange parseContentRange(const QByteArray &header)
{
    ContentRange range;
    QByteArray value = header.trimmed();
    if (!value.startsWith("bytes "))
        return range;
    value = value.mid(6).trimmed();
    const qsizetype slash = value.indexOf('/');
    if (slash < 0)
        return range;
    bool ok = false;
    const qint64 total = value.mid(slash + 1).toLongLong(&ok);
    if (ok)
        range.total = total;
    const QByteArray span = value.left(slash);
    const qsizetype dash = span.indexOf('-');
    if (dash > 0) {
        bool firstOk = false;
        bool lastOk = false;
        const qint64 first = span.left(dash).toLongLong(&firstOk);
        const qint64 last = span.mid(dash + 1).toLongLong(&lastOk);
        if (firstOk && lastOk && first <= last) {
            range.first = first;
            range.last = last;
        }
    }
    return range;
}

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

DownloadTransfer::DownloadTransfer(TransferRequest request, QObject *parent)
    : QObject(parent), m_request(std::move(request)), m_part(m_request.partPath)
{
    qRegisterMetaType<freshet::TransferOutcome>();
}

DownloadTransfer::~DownloadTransfer()
{
    closeReply();
}

namespace {
QString partLockPath(const QString &partPath)
{
    return partPath + u".lock"_s;
}
} // namespace

bool partHeldElsewhere(const QString &partPath)
{
    if (partPath.isEmpty())
        return false;
    QLockFile lock(partLockPath(partPath));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

void DownloadTransfer::start()
{
    // Rows queued before addresses were checked, too: refused before anything is on disk.
    if (Status usable = checkDownloadUrl(m_request.url.toString(QUrl::FullyEncoded)); !usable) {
        finish(TransferOutcome::Kind::Failed, usable.error());
        return;
    }
    if (!QDir().mkpath(m_request.folder)) {
        finish(TransferOutcome::Kind::Failed, TransferMessages::tr("Cannot create the downloads folder %1.").arg(m_request.folder));
        return;
    }
    // Two processes appending to one .part would interleave garbage; the loser waits its turn.
    m_lock = std::make_unique<QLockFile>(partLockPath(m_request.partPath));
    m_lock->setStaleLockTime(0); // a dead holder is recognised by its pid, not by age
    if (!m_lock->tryLock(0)) {
        // Only a lock someone holds means another process; a lock that cannot be written
        // (a folder that refuses files) is this attempt's failure, not someone else's work.
        const bool held = m_lock->error() == QLockFile::LockFailedError;
        m_lock.reset();
        if (held)
            finish(TransferOutcome::Kind::Busy, TransferMessages::tr("Another Freshet process is downloading this file."));
        else
            finish(TransferOutcome::Kind::Failed, TransferMessages::tr("Cannot write in the folder %1; choose another folder for "
                                                                       "downloads.")
                                                      .arg(QDir::toNativeSeparators(QFileInfo(m_request.partPath).absolutePath())));
        return;
    }
    // Unbuffered: a write error (a full disk) surfaces at once, and a killed process leaves
    // a .part whose size is exactly what was written.
    if (!m_part.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        finish(TransferOutcome::Kind::Failed,
               TransferMessages::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_request.partPath), m_part.errorString()));
        return;
    }
    m_offset = m_part.size();
    // Without a validator there is no safe way to tell whether the bytes kept still belong
    // to the file the server has now.
    if (m_offset > 0 && m_request.etag.isEmpty() && m_request.lastModified.isEmpty()) {
        m_part.resize(0);
        m_offset = 0;
        m_restarted = true;
    }
    m_part.seek(m_offset);
    m_done = m_offset;
    m_writebackFrom = m_offset;
    const qint64 expected = m_request.enclosureLength;
    if (expected > 0 && !checkFreeSpace(expected - m_offset))
        return;
    m_buffer.resize(WriteChunkBytes);
    sendRequest();
}

void DownloadTransfer::stop()
{
    if (m_finished)
        return;
    closeReply();
    finish(TransferOutcome::Kind::Stopped);
}

void DownloadTransfer::sendRequest()
{
    m_headersHandled = false;
    m_bodyAccepted = false;
    m_reply = new HttpGet(this);
    m_reply->setStallTimeout(StallTimeoutMs);
    m_reply->setReadBufferSize(ReadBufferBytes);
    if (m_offset > 0) {
        const QString validator = !m_request.etag.isEmpty() ? m_request.etag : m_request.lastModified;
        m_reply->setHeaders({{"Range", "bytes=" + QByteArray::number(m_offset) + '-'}, {"If-Range", validator.toUtf8()}});
    }
    connect(m_reply, &HttpGet::headersReady, this, &DownloadTransfer::onHeaders);
    connect(m_reply, &HttpGet::readyRead, this, &DownloadTransfer::onData);
    connect(m_reply, &HttpGet::finished, this, &DownloadTransfer::onFinished);
    m_sinceProgress.start();
    m_reply->start(m_request.url);
}

void DownloadTransfer::onHeaders()
{
    if (!m_reply || m_headersHandled)
        return;
    const int status = m_reply->status();
    m_headersHandled = true;

    if (status == 416) {
        // Nothing past our offset: either the .part is already the whole file, or the file
        // shrank on the server.
        const ContentRange range = parseContentRange(m_reply->header("Content-Range"));
        if (range.total >= 0 && range.total == m_offset) {
            m_total = range.total;
            m_serverGaveLength = true;
            closeReply();
            finalise();
        } else {
            closeReply();
            if (restartFromZero())
                sendRequest();
        }
        return;
    }
    if (status >= 400 || status < 200 || (status != 200 && status != 206)) {
        // HTTP/2 has no reason phrase.
        const QString reason = QString::fromLatin1(m_reply->reasonPhrase());
        closeReply();
        finish(TransferOutcome::Kind::Failed, reason.isEmpty() ? TransferMessages::tr("The server answered %1.").arg(status)
                                                               : TransferMessages::tr("The server answered %1 %2.").arg(status).arg(reason));
        return;
    }

    if (status == 206) {
        const ContentRange range = parseContentRange(m_reply->header("Content-Range"));
        if (range.first != m_offset) {
            // Not the bytes asked for: rather than guess, start over without a range.
            closeReply();
            if (restartFromZero())
                sendRequest();
            return;
        }
        m_total = range.total;
        m_serverGaveLength = range.total >= 0;
    } else {
        // 200 to a ranged request: the file changed (If-Range failed) or ranges are ignored.
        if (m_offset > 0 && !restartFromZero())
            return;
        m_total = m_reply->contentLength();
        m_serverGaveLength = m_total >= 0;
    }

    QString etag = QString::fromLatin1(m_reply->header("ETag"));
    if (etag.startsWith(u"W/"_s))
        etag.clear(); // If-Range only works with a strong validator
    const QString lastModified = QString::fromLatin1(m_reply->header("Last-Modified"));
    m_contentDisposition = m_reply->header("Content-Disposition");

    if (m_request.maxBytes >= 0 && m_total > m_request.maxBytes) {
        closeReply();
        finish(TransferOutcome::Kind::Failed,
               TransferMessages::tr("The file is %1, more than the limit of %2.").arg(bytesText(m_total), bytesText(m_request.maxBytes)));
        return;
    }
    if (m_total >= 0 && !checkFreeSpace(m_total - m_offset)) {
        closeReply();
        return;
    }
    m_request.etag = etag;
    m_request.lastModified = lastModified;
    emit validatorsKnown(etag, lastModified, m_total);
    m_bodyAccepted = true;
    emit progress(m_done, m_total);
}

void DownloadTransfer::onData()
{
    if (!m_reply)
        return;
    if (!m_headersHandled)
        onHeaders();
    if (!m_reply || !m_bodyAccepted)
        return;
    qint64 available = m_reply->bytesAvailable();
    while (available > 0) {
        const qint64 read = m_reply->read(m_buffer.data(), std::min<qint64>(available, m_buffer.size()));
        if (read <= 0)
            break;
        // A full disk first shows as a short write; writing the rest gives the reason (ENOSPC).
        qint64 written = 0;
        while (written < read) {
            const qint64 chunk = m_part.write(m_buffer.constData() + written, read - written);
            if (chunk <= 0)
                break;
            written += chunk;
        }
        if (written != read) {
            const QString why = m_part.errorString();
            closeReply();
            finish(TransferOutcome::Kind::Failed,
                   TransferMessages::tr("Could not write to %1: %2. The partial file was kept; free some space and resume.")
                       .arg(QDir::toNativeSeparators(QFileInfo(m_request.partPath).absolutePath()), why));
            return;
        }
        m_done += read;
        available -= read;
        startWriteback();
        if (m_request.maxBytes >= 0 && m_done > m_request.maxBytes) {
            closeReply();
            finish(TransferOutcome::Kind::Failed,
                   TransferMessages::tr("The file is larger than the limit of %1.").arg(bytesText(m_request.maxBytes)));
            return;
        }
    }
    if (m_sinceProgress.elapsed() >= ProgressIntervalMs) {
        m_sinceProgress.restart();
        emit progress(m_done, m_total);
    }
}

void DownloadTransfer::onFinished()
{
    if (!m_reply || m_finished)
        return;
    // A request that failed before any answer (refused, TLS, no libcurl) has no status to judge:
    // its own error says what happened, not "the server answered 0". Nor has one that failed on
    // a redirect's head (a loop, a downgrade): "the server answered 302" would hide why.
    if (m_reply->status() != 0 && (m_headersHandled || m_reply->error() == HttpGet::Error::None))
        onData();
    if (!m_reply || m_finished)
        return;
    const HttpGet::Error error = m_reply->error();
    const QString errorText = m_reply->errorString();
    const bool accepted = m_bodyAccepted;
    closeReply();
    if (error == HttpGet::Error::NoLibcurl || error == HttpGet::Error::Tls || error == HttpGet::Error::Redirect
        || error == HttpGet::Error::UnsupportedScheme) {
        // Not an interruption: no attempt can succeed until libcurl is installed again, or the
        // server's certificate or redirects change. Retrying would show "Resuming…" five times
        // over 15 s (DownloadManager's back-off) before the same message.
        finish(TransferOutcome::Kind::Failed, errorText);
        return;
    }
    if (error != HttpGet::Error::None || !accepted) {
        finish(TransferOutcome::Kind::Interrupted, errorText.isEmpty() ? TransferMessages::tr("The connection was lost.") : errorText);
        return;
    }
    if (m_total >= 0 && m_done < m_total) {
        finish(TransferOutcome::Kind::Interrupted, TransferMessages::tr("The connection ended after %1 of %2 bytes.").arg(m_done).arg(m_total));
        return;
    }
    if (m_total >= 0 && m_done > m_total) {
        finish(TransferOutcome::Kind::Failed,
               TransferMessages::tr("The server sent %1 bytes, more than the %2 it announced.").arg(m_done).arg(m_total));
        return;
    }
    // A server that gives no length ends the body by closing, which looks the same as a cut
    // connection: the feed's announced length is the only check left.
    if (!m_serverGaveLength && m_request.enclosureLength > 0 && m_done != m_request.enclosureLength) {
        finish(TransferOutcome::Kind::Failed, TransferMessages::tr("The server sent %1 bytes, but the feed announced %2; the file may be incomplete. "
                                                                   "The partial file was kept.")
                                                  .arg(m_done)
                                                  .arg(m_request.enclosureLength));
        return;
    }
    if (m_total < 0)
        m_total = m_done;
    finalise();
}

void DownloadTransfer::startWriteback()
{
#ifdef Q_OS_LINUX
    // The final fsync must not find a gigabyte of dirty pages: that alone took 0.36 s of a
    // 2 s download. Asking the kernel to start writing each few megabytes as they arrive
    // lets the disk work while the network does, and returns without waiting.
    if (m_done - m_writebackFrom < WritebackStepBytes)
        return;
    ::sync_file_range(m_part.handle(), m_writebackFrom, m_done - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
    m_writebackFrom = m_done;
#endif
}

bool DownloadTransfer::restartFromZero()
{
    m_restarted = true;
    m_offset = 0;
    m_done = 0;
    m_writebackFrom = 0;
    if (!m_part.resize(0) || !m_part.seek(0)) {
        closeReply();
        finish(TransferOutcome::Kind::Failed,
               TransferMessages::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_request.partPath), m_part.errorString()));
        return false;
    }
    // What the old validators described is gone.
    m_request.etag.clear();
    m_request.lastModified.clear();
    return true;
}

bool DownloadTransfer::checkFreeSpace(qint64 needed)
{
    if (needed <= 0)
        return true;
    const QStorageInfo storage(QFileInfo(m_request.partPath).absolutePath());
    const qint64 available = storage.bytesAvailable();
    if (!storage.isValid() || available < 0 || available >= needed)
        return true;
    finish(TransferOutcome::Kind::Failed,
           TransferMessages::tr("Not enough free space in %1: %2 more are needed, %3 are free.")
               .arg(QDir::toNativeSeparators(QFileInfo(m_request.partPath).absolutePath()), bytesText(needed), bytesText(available)));
    return false;
}

void DownloadTransfer::finalise()
{
    // On disk before it is renamed: a crash must not leave a "finished" file with a hole.
    m_part.flush();
#ifdef Q_OS_UNIX
    ::fsync(m_part.handle());
#endif
    m_part.close();

    QString name = SafeFileName::fromContentDisposition(m_contentDisposition);
    if (SafeFileName::sanitise(name, {}).isEmpty())
        name = SafeFileName::fromUrl(m_request.url);
    name = SafeFileName::sanitise(name);
    const QDir folder(m_request.folder);
    // rename() refuses to replace a file, so a name taken between the check and the rename
    // costs another try, never someone's file.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate = SafeFileName::unique(name, [&folder](const QString &n) { return folder.exists(n); });
        const QString target = folder.absoluteFilePath(candidate);
        if (QFile::rename(m_request.partPath, target)) {
            TransferOutcome outcome;
            m_finished = true;
            outcome.kind = TransferOutcome::Kind::Completed;
            outcome.targetPath = target;
            outcome.bytesDone = m_done;
            outcome.totalBytes = m_total;
            outcome.restarted = m_restarted;
            m_lock.reset();
            emit progress(m_done, m_total);
            emit finished(outcome);
            return;
        }
        if (!folder.exists(candidate))
            break;
    }
    finish(TransferOutcome::Kind::Failed,
           TransferMessages::tr("Cannot move the finished download into %1.").arg(QDir::toNativeSeparators(m_request.folder)));
}

void DownloadTransfer::finish(TransferOutcome::Kind kind, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_part.isOpen())
        m_part.close();
    // A failure before the first byte (a 404, a redirect loop, a refused certificate) leaves no
    // empty .part in the person's downloads folder, nor a "partial file kept" to resume from.
    if (kind == TransferOutcome::Kind::Failed && QFileInfo(m_request.partPath).size() == 0)
        QFile::remove(m_request.partPath);
    m_lock.reset();
    TransferOutcome outcome;
    outcome.kind = kind;
    outcome.error = error;
    outcome.bytesDone = m_done;
    outcome.totalBytes = m_total;
    outcome.restarted = m_restarted;
    emit finished(outcome);
}

void DownloadTransfer::closeReply()
{
    if (!m_reply)
        return;
    HttpGet *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

} // namespace freshet
