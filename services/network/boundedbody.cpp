// SPDX-License-Identifier: MIT
#include "boundedbody.h"

#include <QNetworkReply>

#include <algorithm>

namespace freshet {

BoundedBody *BoundedBody::read(QNetworkReply *reply, qint64 maxBytes)
{
    return new BoundedBody(reply, maxBytes);
}

BoundedBody *BoundedBody::of(const QNetworkReply *reply)
{
    return reply ? reply->findChild<BoundedBody *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

namespace {

// Qt's network thread keeps reading while the reply's thread is busy, and without a read
// buffer size it queues everything for it: a busy window held 69 MB of a body whose limit
// was 10 MB. With one, it stops taking from the socket until the reader has caught up.
constexpr qint64 ReadBufferBytes = 512 * 1024;

} // namespace

BoundedBody::BoundedBody(QNetworkReply *reply, qint64 maxBytes) : QObject(reply), m_reply(reply), m_maxBytes(maxBytes)
{
    reply->setReadBufferSize(std::clamp<qint64>(maxBytes + 1, 1, ReadBufferBytes));
    connect(reply, &QNetworkReply::readyRead, this, &BoundedBody::take);
    // After an error (a compressed body that fails to decompress, say) Qt ignores the rest of
    // the body but no longer frees its read buffer, so the download would stall and never
    // finish: unlimited again, it runs to its end (discarded) and finished() comes.
    connect(reply, &QNetworkReply::errorOccurred, this, [this] {
        if (!m_tooLarge)
            m_reply->setReadBufferSize(0);
    });
    // A body announced too large is refused before a byte of it is read.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (status >= 200 && status < 300 && status != 204 && length.isValid() && length.toLongLong() > m_maxBytes)
            refuse();
    });
}

void BoundedBody::refuse()
{
    m_tooLarge = true;
    m_body.clear();
    m_body.squeeze();
    // Set first: abort() emits finished() before it returns.
    m_reply->abort();
}

void BoundedBody::take()
{
    if (m_tooLarge)
        return;
    // Moved out of the reply at once: left there, Qt's own buffer would grow without bound.
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    if (m_received > m_maxBytes) {
        refuse();
        return;
    }
    m_body += chunk;
}

QByteArray BoundedBody::body()
{
    if (m_reply->isOpen())
        take();
    return m_body;
}

} // namespace freshet
