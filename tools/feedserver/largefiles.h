// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QHash>
#include <QList>

#include <set>

/// Big deterministic files under /large/ for enclosure downloads: Range and If-Range,
/// drops at a chosen byte, files that "change on the server" (a version bump changes content
/// and validators), and servers that ignore Range. Content is generated on the fly.
class LargeFiles final
{
    Q_DISABLE_COPY_MOVE(LargeFiles)

public:
    LargeFiles() = default;

    /// `/large/<size>.bin` and `/large/<size>.bin.sha256`.
    HttpResponse handle(const HttpRequest &request);

    /// The version every file is served at unless the URL names one (`?version=K`).
    void setVersion(qint64 version) { m_version = version; }
    qint64 version() const { return m_version; }
    /// The next /large/ response that would send byte `offset` closes the connection there.
    /// Several drops may be armed at once: each response takes the first one inside its range,
    /// so a test can arm a whole series of interruptions before a download starts.
    void armDrop(qint64 offset) { m_armedDrops.insert(offset); }
    QList<qint64> armedDrops() const { return {m_armedDrops.cbegin(), m_armedDrops.cend()}; }

private:
    HttpResponse serveFile(const HttpRequest &request, qint64 size);
    HttpResponse serveDigest(const HttpRequest &request, qint64 size);

    qint64 m_version = 1;
    std::set<qint64> m_armedDrops;
    QHash<quint64, QByteArray> m_digests;
};
