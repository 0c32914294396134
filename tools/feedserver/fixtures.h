// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "representation.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <memory>

/// Files of a directory under /fixtures/, with the Content-Type their extension implies.
/// Requests cannot leave the directory.
class Fixtures final
{
    Q_DISABLE_COPY_MOVE(Fixtures)

public:
    /// An empty directory serves 404 for every path.
    explicit Fixtures(QString directory);

    HttpResponse handle(const HttpRequest &request);
    static QByteArray contentTypeFor(const QString &fileName);

private:
    struct Cached
    {
        QDateTime modified;
        qint64 size = 0;
        std::shared_ptr<const Representation> representation;
    };

    QString m_root; ///< canonical path, empty when no --fixtures
    QHash<QString, Cached> m_cache;
};
