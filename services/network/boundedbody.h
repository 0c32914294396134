// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>

class QNetworkReply;

namespace freshet {

/// Reads a QNetworkReply's body into memory as it arrives and aborts the reply the moment more
/// than a limit has come. Every body Freshet keeps in memory (feeds, discovered pages, sync
/// answers, article images, thumbnails) is read through one, so a hostile or broken server
/// costs at most the limit plus one network chunk, whatever it sends.
///
/// A Content-Length over the limit is refused at once. The rest is checked at every
/// readyRead(), which Qt emits per chunk; not at downloadProgress(), which Qt
/// emits at most every 100 ms (a loopback server delivers hundreds of megabytes in that time),
/// nor at finished(), when the whole body is already buffered. The reply gets a read buffer
/// size, so Qt's network thread cannot run ahead of a busy reader either.
///
/// Lifetime: the reader is a child of its reply and goes with it. Create it right after get()
/// or post(), before control returns to the event loop.
class BoundedBody final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundedBody)

public:
    /// Starts reading `reply`'s body, keeping at most `maxBytes` of it.
    static BoundedBody *read(QNetworkReply *reply, qint64 maxBytes);
    /// The reader read() attached to `reply`, or nullptr.
    static BoundedBody *of(const QNetworkReply *reply);

    qint64 maxBytes() const { return m_maxBytes; }
    /// Body bytes taken from the reply so far: at most maxBytes() plus one chunk.
    qint64 received() const { return m_received; }
    /// The body passed maxBytes(): the reply was aborted (its finished() already sees this
    /// true) and nothing of the body is kept.
    bool tooLarge() const { return m_tooLarge; }
    /// What has arrived; once the reply finished, the whole body (empty when tooLarge()).
    QByteArray body();

private:
    BoundedBody(QNetworkReply *reply, qint64 maxBytes);
    void take();
    void refuse();

    QNetworkReply *m_reply;
    qint64 m_maxBytes;
    qint64 m_received = 0;
    bool m_tooLarge = false;
    QByteArray m_body;
};

} // namespace freshet
