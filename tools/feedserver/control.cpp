// SPDX-License-Identifier: MIT
#include "control.h"

#include "generatedfeeds.h"
#include "largefiles.h"
#include "queryvalues.h"
#include "serverstats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {
HttpResponse jsonObject(const QJsonObject &object)
{
    return HttpResponse::json(200, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

HttpResponse needsPost()
{
    HttpResponse response = HttpResponse::error(405);
    response.setHeader("Allow", "POST");
    return response;
}
} // namespace

Control::Control(ServerStats &stats, GeneratedFeeds &feeds, LargeFiles &largeFiles)
    : m_stats(stats), m_feeds(feeds), m_largeFiles(largeFiles)
{}

HttpResponse Control::handle(const HttpRequest &request)
{
    const QString name = request.path.mid(QStringLiteral("/control/").size());
    if (name == u"stats"_s) {
        if (request.method != "GET" && request.method != "HEAD")
            return HttpResponse::error(405);
        return HttpResponse::json(200, m_stats.toJson());
    }
    // Everything else changes state, so only POST does it: a crawler or a prefetching
    // client must not bump feeds by looking.
    if (request.method != "POST")
        return needsPost();
    if (name == u"stats/reset"_s) {
        m_stats.reset();
        return HttpResponse::json(200, m_stats.toJson());
    }
    if (name == u"bump"_s)
        return bump(request);
    if (name == u"edit"_s)
        return edit(request);
    if (name == u"large/version"_s)
        return largeVersion(request);
    if (name == u"large/drop"_s)
        return largeDrop(request);
    return HttpResponse::error(404);
}

HttpResponse Control::bump(const HttpRequest &request)
{
    const QString feed = request.queryValue(u"feed"_s);
    const QString feeds = request.hasQuery(u"feeds"_s) ? request.queryValue(u"feeds"_s) : QString();
    if (feed.isEmpty() && feeds.isEmpty())
        return HttpResponse::text(400, "give feed=N, feeds=COUNT or feeds=PERCENT%\n");
    const int count = int(QueryValues::integer(request, u"count"_s, 1, 1, 10000));
    const std::optional<QList<int>> bumped = m_feeds.bump(feed, feeds, count);
    if (!bumped)
        return HttpResponse::text(400, "no such feed or share\n");
    QJsonArray list;
    for (int number : *bumped)
        list.append(number);
    return jsonObject({{u"bumped"_s, qint64(bumped->size())}, {u"count"_s, count}, {u"feeds"_s, list}});
}

HttpResponse Control::edit(const HttpRequest &request)
{
    const int feed = int(QueryValues::integer(request, u"feed"_s, -1, -1, std::numeric_limits<qint32>::max()));
    const qint64 item = QueryValues::integer(request, u"item"_s, 0, 0, std::numeric_limits<qint32>::max());
    const bool redate = request.queryValue(u"redate"_s) == u"1"_s;
    if (!m_feeds.edit(feed, item, redate))
        return HttpResponse::text(400, "give feed=N&item=I of a feed there is [&redate=1]\n");
    return jsonObject({{u"edited"_s, 1}, {u"feed"_s, feed}, {u"item"_s, item}, {u"redated"_s, redate}});
}

HttpResponse Control::largeVersion(const HttpRequest &request)
{
    const qint64 version = QueryValues::integer(request, u"version"_s, m_largeFiles.version() + 1, 0, std::numeric_limits<qint32>::max());
    m_largeFiles.setVersion(version);
    return jsonObject({{u"version"_s, version}});
}

HttpResponse Control::largeDrop(const HttpRequest &request)
{
    const qint64 at = QueryValues::size(request, u"at"_s, -1, qint64(1) << 40);
    if (at <= 0)
        return HttpResponse::text(400, "give at=BYTE (> 0)\n");
    m_largeFiles.armDrop(at);
    return jsonObject({{u"armedDrop"_s, at}});
}
