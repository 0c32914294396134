// SPDX-License-Identifier: MIT
#include "router.h"

#include "faults.h"
#include "queryvalues.h"
#include "serveroptions.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// /auth/basic/auth/bearer/… nests wrappers; a handful is plenty and keeps recursion bounded.
constexpr int MaxWrapperDepth = 4;
constexpr int MaxLatencyMs = 600000;

const QByteArray IndexText = "freshet-feedserver: see tools/feedserver/README.md\n"
                             "/gen/<n>.xml /gen/<n>.atom /gen/feeds.opml /gen/urls.txt\n"
                             "/fixtures/<file>\n"
                             "/fault/<status> /fault/redirect/<code>/<hops> /fault/loop/<k> /fault/drop /fault/stall "
                             "/fault/stall-body /fault/drip /fault/oversized /fault/gzip-bomb /fault/content-type/<png|html> "
                             "/fault/invalid-xml /fault/truncated-xml /fault/empty\n"
                             "/auth/basic/<path> /auth/bearer/<path>\n"
                             "/large/<size>.bin /large/<size>.bin.sha256\n"
                             "/demo/index.html /demo/photos.xml /demo/news.rss /demo/notes.atom\n"
                             "/control/stats /control/stats/reset /control/bump /control/edit /control/large/version /control/large/drop\n";

bool under(const QString &path, QStringView prefix)
{
    return path.startsWith(prefix);
}
} // namespace

Router::Router(const ServerOptions &options, ServerStats &stats)
    : m_latencyMs(options.latencyMs), m_generated({options.feeds, options.items, options.newItemEverySeconds, options.contentBytes}),
      m_fixtures(options.fixturesDir), m_auth(options.authUser, options.authPassword, options.authToken),
      m_control(stats, m_generated, m_largeFiles)
{}

HttpResponse Router::route(const HttpRequest &request)
{
    HttpResponse response = dispatch(request, 0);
    if (response.delivery.latencyMs == 0)
        response.delivery.latencyMs = int(QueryValues::integer(request, u"latency"_s, m_latencyMs, 0, MaxLatencyMs));
    return response;
}

HttpResponse Router::dispatch(const HttpRequest &request, int depth)
{
    const QString &path = request.path;
    if (path == u"/"_s)
        return HttpResponse::text(200, IndexText);
    if (under(path, u"/gen/"))
        return m_generated.handle(request);
    if (under(path, u"/fixtures/"))
        return m_fixtures.handle(request);
    if (under(path, u"/fault/"))
        return Faults::handle(request);
    if (under(path, u"/large/"))
        return m_largeFiles.handle(request);
    if (under(path, u"/demo/"))
        return m_demo.handle(request);
    if (under(path, u"/control/"))
        return m_control.handle(request);

    const bool basic = under(path, u"/auth/basic/");
    if (basic || under(path, u"/auth/bearer/")) {
        if (depth >= MaxWrapperDepth)
            return HttpResponse::error(404);
        if (auto refusal = m_auth.challenge(request, basic ? Auth::Scheme::Basic : Auth::Scheme::Bearer))
            return std::move(*refusal);
        const qsizetype prefix = basic ? QStringLiteral("/auth/basic").size() : QStringLiteral("/auth/bearer").size();
        return dispatch(request.withPath(path.mid(prefix)), depth + 1);
    }
    return HttpResponse::error(404);
}
