// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "representation.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

/// The offline demo under /demo/: the legacy photo feed with real PNGs, an RSS and an Atom
/// feed gaining an item every minute (by the wall clock, so restarts keep item identities),
/// article pages, and an HTML page advertising the feeds for discovery.
class Demo final
{
    Q_DISABLE_COPY_MOVE(Demo)

public:
    Demo() = default;

    /// Draws the pictures now rather than on the first image request.
    void prepare();
    HttpResponse handle(const HttpRequest &request);
    static QStringList feedUrls(const QString &origin);

private:
    enum class Kind { News, Notes };

    HttpResponse image(const HttpRequest &request, const QString &name, bool thumbnail);
    HttpResponse photos(const HttpRequest &request);
    HttpResponse feed(const HttpRequest &request, Kind kind);
    HttpResponse article(const QString &name);
    HttpResponse index(const HttpRequest &request);

    QList<std::shared_ptr<const Representation>> m_images;
    QList<std::shared_ptr<const Representation>> m_thumbnails;
    std::shared_ptr<const Representation> m_photos;
    QHash<QString, std::shared_ptr<const Representation>> m_feeds;
};
