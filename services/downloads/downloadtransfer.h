// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace freshet {

class HttpGet;

/// What one transfer needs to know: where from, where the .part is, the validator the .part
/// was written under (for If-Range), and the limits.
struct TransferRequest
{
    QUrl url;
    QString partPath;
    QString folder;              ///< where the finished file goes
    QString etag;                ///< strong ETag of the bytes in the .part
    QString lastModified;        ///< used for If-Range when there is no strong ETag
    qint64 enclosureLength = -1; ///< what the feed claimed
    qint64 maxBytes = -1;        ///< refuse larger files; -1: no limit
};

struct TransferOutcome
{
    enum class Kind {
        Completed,   ///< the file is in place at targetPath
        Interrupted, ///< the connection failed; the .part is kept and can resume
        Failed,      ///< needs a person (HTTP error, disk full, length mismatch); .part kept
        Stopped,     ///< stop() was called; the .part is kept
        Busy,        ///< another process is writing this .part
    };
    Kind kind = Kind::Failed;
    QString targetPath;
    QString error;
    qint64 bytesDone = 0;
    qint64 totalBytes = -1;
    bool restarted = false; ///< the server's file changed or it ignored Range
};

/// Whether another process is writing this .part now (it holds the lock every transfer takes);
/// a lock left by a process that died does not count.
bool partHeldElsewhere(const QString &partPath);

/// One attempt at one download: a GET (HttpGet, on this thread) streamed to the .part through a bounded read buffer (so
/// memory stays flat for any size), resumed with Range + If-Range from the .part's size,
/// restarted from zero when the server changed the file or ignores ranges, checked against the
/// announced length, then renamed into place under a safe, unused name.
class DownloadTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadTransfer)

public:
    explicit DownloadTransfer(TransferRequest request, QObject *parent = nullptr);
    ~DownloadTransfer() override;

    void start();
    /// Stops now, keeping the .part; finished() reports Stopped.
    void stop();

    qint64 bytesDone() const { return m_done; }
    qint64 totalBytes() const { return m_total; }

signals:
    /// The server's validators and size, before any of its bytes are written: whoever keeps
    /// the record stores them first, so a crash right after still resumes correctly.
    void validatorsKnown(const QString &etag, const QString &lastModified, qint64 totalBytes);
    void progress(qint64 bytesDone, qint64 totalBytes);
    void finished(const freshet::TransferOutcome &outcome);

private:
    void sendRequest();
    void onHeaders();
    void onData();
    void onFinished();
    void startWriteback();
    bool restartFromZero();
    bool checkFreeSpace(qint64 needed);
    void finalise();
    void finish(TransferOutcome::Kind kind, const QString &error = {});
    void closeReply();

    TransferRequest m_request;
    QFile m_part;
    std::unique_ptr<QLockFile> m_lock;
    QPointer<HttpGet> m_reply;
    QByteArray m_buffer;
    QByteArray m_contentDisposition;
    qint64 m_offset = 0; ///< where the current response's body starts in the file
    qint64 m_done = 0;
    qint64 m_writebackFrom = 0; ///< file offset from which pages may still be unwritten
    qint64 m_total = -1;
    bool m_headersHandled = false;
    bool m_bodyAccepted = false;
    bool m_restarted = false;
    bool m_finished = false;
    bool m_serverGaveLength = false;
    QElapsedTimer m_sinceProgress;
};

} // namespace freshet

Q_DECLARE_METATYPE(freshet::TransferOutcome)
