// SPDX-License-Identifier: MIT
#include "thumbnailcache.h"

#include "network/boundedbody.h"

#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QPointer>
#include <QThreadPool>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
constexpr qint64 diskCacheBytes = 200 * 1024 * 1024;
constexpr int memoryCacheBytes = 32 * 1024 * 1024;
constexpr qint64 maximumImageBytes = 15 * 1024 * 1024;
constexpr int maximumLoads = 6;
} // namespace

ThumbnailCache::ThumbnailCache(const QString &cacheDir, int edge, QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_memory(memoryCacheBytes), m_edge(edge)
{
    auto *disk = new QNetworkDiskCache(m_network);
    disk->setCacheDirectory(cacheDir + u"/thumbnails"_s);
    disk->setMaximumCacheSize(diskCacheBytes);
    m_network->setCache(disk);
}

QPixmap ThumbnailCache::thumbnail(const QString &url)
{
    if (url.isEmpty() || !m_enabled)
        return {};
    if (const QPixmap *cached = m_memory.object(url))
        return *cached;
    if (!m_loading.contains(url) && !m_failed.contains(url) && m_loading.size() < maximumLoads) {
        const QUrl address(url);
        if (address.scheme() == u"http"_s || address.scheme() == u"https"_s)
            load(address);
        else
            m_failed.insert(url);
    }
    return {};
}

void ThumbnailCache::load(const QUrl &url)
{
    const QString key = url.toString();
    m_loading.insert(key);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network->get(request);
    BoundedBody *body = BoundedBody::read(reply, maximumImageBytes);
    connect(reply, &QNetworkReply::finished, this, [this, reply, body, key] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError || body->tooLarge()) {
            m_loading.remove(key);
            m_failed.insert(key);
            return;
        }
        const QByteArray bytes = body->body();
        const int edge = m_edge;
        QPointer<ThumbnailCache> self(this);
        // Decoding a large photo takes longer than a frame: never on the GUI thread.
        QThreadPool::globalInstance()->start([self, bytes, key, edge] {
            QImage image;
            image.loadFromData(bytes);
            if (!image.isNull())
                image = image.scaled(edge, edge, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation).copy(0, 0, edge, edge);
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, image, key] {
                    if (!self)
                        return;
                    self->m_loading.remove(key);
                    if (image.isNull()) {
                        self->m_failed.insert(key);
                        return;
                    }
                    auto *pixmap = new QPixmap(QPixmap::fromImage(image));
                    self->m_memory.insert(key, pixmap, int(image.sizeInBytes()));
                    emit self->thumbnailReady(key);
                },
                Qt::QueuedConnection);
        });
    });
}

} // namespace freshet
