// SPDX-License-Identifier: MIT
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace {
// Fixtures are feeds and small images; anything larger is better served by /large/.
constexpr qint64 MaxFixtureBytes = 64 * 1024 * 1024;
constexpr qsizetype MaxCachedFiles = 4096;
} // namespace

Fixtures::Fixtures(QString directory)
{
    if (!directory.isEmpty())
        m_root = QFileInfo(directory).canonicalFilePath();
}

QByteArray Fixtures::contentTypeFor(const QString &fileName)
{
    static const QHash<QString, QByteArray> types{
        {u"xml"_s, "application/xml"},
        {u"rss"_s, "application/rss+xml"},
        {u"atom"_s, "application/atom+xml"},
        {u"rdf"_s, "application/rdf+xml"},
        {u"json"_s, "application/json"},
        {u"jsonfeed"_s, "application/feed+json"},
        {u"opml"_s, "text/x-opml; charset=utf-8"},
        {u"html"_s, "text/html; charset=utf-8"},
        {u"htm"_s, "text/html; charset=utf-8"},
        {u"txt"_s, "text/plain; charset=utf-8"},
        {u"css"_s, "text/css; charset=utf-8"},
        {u"js"_s, "text/javascript; charset=utf-8"},
        {u"png"_s, "image/png"},
        {u"jpg"_s, "image/jpeg"},
        {u"jpeg"_s, "image/jpeg"},
        {u"gif"_s, "image/gif"},
        {u"webp"_s, "image/webp"},
        {u"svg"_s, "image/svg+xml"},
        {u"ico"_s, "image/x-icon"},
        {u"mp3"_s, "audio/mpeg"},
        {u"m4a"_s, "audio/mp4"},
        {u"ogg"_s, "audio/ogg"},
        {u"mp4"_s, "video/mp4"},
        {u"webm"_s, "video/webm"},
        {u"pdf"_s, "application/pdf"},
    };
    return types.value(QFileInfo(fileName).suffix().toLower(), "application/octet-stream");
}

HttpResponse Fixtures::handle(const HttpRequest &request)
{
    if (m_root.isEmpty())
        return HttpResponse::error(404);
    const QString relative = request.path.mid(QStringLiteral("/fixtures/").size());
    // Refuse dot segments outright, then check the resolved file is still under the root, which
    // also catches symlinks pointing out of it.
    if (relative.isEmpty() || relative.split(u'/').contains(u".."_s))
        return HttpResponse::error(404);
    const QFileInfo info(m_root + u'/' + relative);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(m_root + u'/') || !info.isFile())
        return HttpResponse::error(404);
    if (info.size() > MaxFixtureBytes)
        return HttpResponse::error(500);

    Cached &cached = m_cache[canonical];
    if (!cached.representation || cached.modified != info.lastModified() || cached.size != info.size()) {
        QFile file(canonical);
        if (!file.open(QIODevice::ReadOnly)) {
            m_cache.remove(canonical);
            return HttpResponse::error(403);
        }
        cached.modified = info.lastModified();
        cached.size = info.size();
        cached.representation = Representation::make(contentTypeFor(canonical), file.readAll(), cached.modified);
    }
    HttpResponse response = serve(request, *cached.representation);
    if (m_cache.size() > MaxCachedFiles)
        m_cache.clear();
    return response;
}
