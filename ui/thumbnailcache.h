// SPDX-License-Identifier: MIT
#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;

namespace freshet {

/// Item thumbnails for the table: fetched through a disk cache under the profile's cache
/// folder, decoded and scaled on a worker thread, kept in a memory cache of bounded size.
/// thumbnail() never waits: it answers from memory or starts a load and returns nothing.
class ThumbnailCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    ThumbnailCache(const QString &cacheDir, int edge, QObject *parent = nullptr);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    QPixmap thumbnail(const QString &url);
    int edge() const { return m_edge; }

signals:
    void thumbnailReady(const QString &url);

private:
    void load(const QUrl &url);

    QNetworkAccessManager *m_network;
    QCache<QString, QPixmap> m_memory;
    QSet<QString> m_loading;
    QSet<QString> m_failed;
    int m_edge;
    bool m_enabled = true;
};

} // namespace freshet
