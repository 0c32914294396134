// SPDX-License-Identifier: MIT
#include "greadercontrol.h"

#include "feedfetcher.h"
#include "greaderapi.h"
#include "itemstore.h"
#include "queryvalues.h"
#include "serverstats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

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

std::optional<bool> optionalFlag(const HttpRequest &request, const QString &key)
{
    if (!request.hasQuery(key))
        return std::nullopt;
    const QString value = request.queryValue(key);
    return value == u"1"_s || value == u"true"_s;
}
} // namespace

GReaderControl::GReaderControl(ServerStats &stats, ItemStore &store, GoogleReaderApi &api, FeedFetcher &fetcher)
    : m_stats(stats), m_store(store), m_api(api), m_fetcher(fetcher)
{}

void GReaderControl::handle(const HttpRequest &request, const RequestHandler::Respond &respond)
{
    const QString name = request.path.mid(QStringLiteral("/control/").size());
    if (name == u"stats"_s || name == u"items"_s) {
        if (request.method != "GET" && request.method != "HEAD") {
            respond(HttpResponse::error(405));
            return;
        }
        respond(name == u"stats"_s ? stats() : items(request));
        return;
    }
    // Everything else changes state, so only POST does it.
    if (request.method != "POST") {
        respond(needsPost());
        return;
    }
    if (name == u"stats/reset"_s) {
        m_stats.reset();
        m_api.resetCounters();
        respond(stats());
    } else if (name == u"refresh"_s) {
        refresh(respond);
    } else if (name == u"mark"_s) {
        respond(mark(request));
    } else if (name == u"expire-sessions"_s) {
        m_api.expireSessions();
        respond(jsonObject({{u"expired"_s, true}}));
    } else if (name == u"expire-tokens"_s) {
        m_api.rotateWriteTokens();
        respond(jsonObject({{u"rotated"_s, true}}));
    } else if (name == u"password"_s) {
        if (!request.hasQuery(u"password"_s)) {
            respond(HttpResponse::text(400, "give password=NEW\n"));
            return;
        }
        m_api.setPassword(request.queryValue(u"password"_s));
        respond(jsonObject({{u"changed"_s, true}}));
    } else if (name == u"subscribe-before-items"_s) {
        if (!request.hasQuery(u"url"_s)) {
            respond(HttpResponse::text(400, "give url=FEED\n"));
            return;
        }
        m_api.subscribeBeforeNextItems(request.queryValue(u"url"_s));
        respond(jsonObject({{u"armed"_s, true}}));
    } else if (name == u"fault"_s) {
        respond(fault(request));
    } else if (name == u"latency"_s) {
        respond(latency(request));
    } else {
        respond(HttpResponse::error(404));
    }
}

std::optional<HttpResponse> GReaderControl::takeFault()
{
    if (m_faultsLeft <= 0)
        return std::nullopt;
    --m_faultsLeft;
    if (m_faultStall) {
        HttpResponse response = HttpResponse::text(200, {});
        response.delivery.stallBeforeHeaders = true; // the client's own timeout is what is tested
        return response;
    }
    if (m_faultGarbage)
        return HttpResponse::bytes(200, "text/html; charset=utf-8", "<html><body>Welcome to nginx! {not: json]</body></html>\n");
    return HttpResponse::text(m_faultStatus, "Service Unavailable!\n");
}

HttpResponse GReaderControl::fault(const HttpRequest &request)
{
    m_faultsLeft = int(QueryValues::integer(request, u"count"_s, 1, 0, 1000000));
    m_faultStatus = int(QueryValues::integer(request, u"status"_s, 503, 400, 599));
    m_faultGarbage = QueryValues::flag(request, u"garbage"_s);
    m_faultStall = QueryValues::flag(request, u"stall"_s);
    return jsonObject({{u"count"_s, m_faultsLeft}, {u"status"_s, m_faultGarbage ? 200 : m_faultStatus}, {u"garbage"_s, m_faultGarbage}, {u"stall"_s, m_faultStall}});
}

HttpResponse GReaderControl::latency(const HttpRequest &request)
{
    m_latencyMs = int(QueryValues::integer(request, u"ms"_s, 0, 0, 600000));
    m_latencyPath = request.queryValue(u"path"_s);
    return jsonObject({{u"ms"_s, m_latencyMs}, {u"path"_s, m_latencyPath}});
}

int GReaderControl::latencyMs(const QString &path) const
{
    return path.contains(m_latencyPath) ? m_latencyMs : 0;
}

HttpResponse GReaderControl::stats() const
{
    const QJsonObject http = QJsonDocument::fromJson(m_stats.toJson()).object();
    const ApiCounters &counters = m_api.counters();
    QJsonObject calls;
    for (auto it = counters.calls.cbegin(); it != counters.calls.cend(); ++it)
        calls.insert(it.key(), it.value());
    qint64 unread = 0;
    qint64 starred = 0;
    for (const auto &[id, item] : m_store.items()) {
        unread += item.read ? 0 : 1;
        starred += item.starred ? 1 : 0;
    }
    QJsonObject object = http;
    object.insert(u"calls"_s, calls);
    object.insert(u"failedLogins"_s, counters.failedLogins);
    object.insert(u"unauthorized"_s, counters.unauthorized);
    object.insert(u"badWriteTokens"_s, counters.badWriteTokens);
    object.insert(u"subscriptions"_s, qint64(m_store.subscriptions().size()));
    object.insert(u"items"_s, qint64(m_store.items().size()));
    object.insert(u"unread"_s, unread);
    object.insert(u"starred"_s, starred);
    return jsonObject(object);
}

HttpResponse GReaderControl::items(const HttpRequest &request) const
{
    // Every stored item with its state, oldest first; ?feed=N for one subscription.
    const qint64 feed = QueryValues::integer(request, u"feed"_s, 0, 0, std::numeric_limits<qint64>::max());
    QJsonArray list;
    for (const auto &[id, item] : m_store.items()) {
        if (feed > 0 && item.feedId != feed)
            continue;
        list.append(QJsonObject{{u"id"_s, QString::number(id)},
                                {u"feed"_s, item.feedId},
                                {u"guid"_s, item.guid},
                                {u"title"_s, item.title},
                                {u"read"_s, item.read},
                                {u"starred"_s, item.starred}});
    }
    return jsonObject({{u"items"_s, list}});
}

HttpResponse GReaderControl::mark(const HttpRequest &request)
{
    // Another device changes state: item=ID (repeatable, either id form), or feed=N, or all=1;
    // then read=0|1 and/or starred=0|1.
    const std::optional<bool> read = optionalFlag(request, u"read"_s);
    const std::optional<bool> starred = optionalFlag(request, u"starred"_s);
    if (!read && !starred)
        return HttpResponse::text(400, "give read=0|1 and/or starred=0|1\n");
    QList<qint64> ids;
    const bool all = QueryValues::flag(request, u"all"_s);
    const qint64 feed = QueryValues::integer(request, u"feed"_s, 0, 0, std::numeric_limits<qint64>::max());
    if (all || feed > 0) {
        for (const auto &[id, item] : m_store.items()) {
            if (all || item.feedId == feed)
                ids.append(id);
        }
    }
    for (const QString &text : request.query.allQueryItemValues(u"item"_s, QUrl::FullyDecoded)) {
        const std::optional<qint64> id = GoogleReaderApi::parseItemId(text);
        if (!id || !m_store.item(*id))
            return HttpResponse::text(400, "no such item: " + text.toUtf8() + '\n');
        ids.append(*id);
    }
    for (qint64 id : std::as_const(ids)) {
        StoredItem *item = m_store.item(id);
        if (read)
            item->read = *read;
        if (starred)
            item->starred = *starred;
    }
    return jsonObject({{u"marked"_s, qint64(ids.size())}});
}

void GReaderControl::refresh(const RequestHandler::Respond &respond)
{
    // The server's poll: every subscription fetched again, new items stored; the answer comes
    // once all fetches are done.
    struct Progress
    {
        int waiting = 0;
        int newItems = 0;
        QJsonArray failed;
        RequestHandler::Respond respond;
    };
    const QList<Subscription> subscriptions = m_store.subscriptions();
    auto progress = std::make_shared<Progress>(Progress{int(subscriptions.size()), 0, {}, respond});
    if (subscriptions.isEmpty()) {
        respond(jsonObject({{u"feeds"_s, 0}, {u"newItems"_s, 0}, {u"failed"_s, QJsonArray()}}));
        return;
    }
    for (const Subscription &subscription : subscriptions) {
        m_fetcher.fetch(subscription.url, [this, progress, id = subscription.id, url = subscription.url,
                                           feeds = int(subscriptions.size())](FeedFetcher::Result result) {
            if (!result.ok())
                progress->failed.append(QJsonObject{{u"url"_s, url}, {u"error"_s, result.error}});
            else if (m_store.subscription(id)) // still subscribed
                progress->newItems += m_store.ingest(id, result.feed);
            if (--progress->waiting == 0)
                progress->respond(jsonObject({{u"feeds"_s, feeds}, {u"newItems"_s, progress->newItems}, {u"failed"_s, progress->failed}}));
        });
    }
}
