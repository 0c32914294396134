// SPDX-License-Identifier: MIT
// The Google Reader API, as FreshRSS implements it. Sources, cited per behaviour below:
//   [FR]  FreshRSS, docs/en/developers/06_GoogleReader_API.md and p/api/greader.php (the
//         documentation names the PHP source as the reference of its implementation)
//   [GR]  the original API's wiki, github.com/mihaip/google-reader-api (ItemId, StreamId,
//         ApiStreamContents, ApiStreamItemsIds, ApiEditTag, ApiSubscriptionEdit, ActionToken)
//   [INO] Inoreader's developer pages (stream-contents: n, r=o, ot, xt, it, c)
#include "greaderapi.h"

#include "feedfetcher.h"
#include "formbody.h"
#include "itemstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString ReadingList = u"state/com.google/reading-list"_s;
const QString ReadState = u"state/com.google/read"_s;
const QString StarredState = u"state/com.google/starred"_s;
const QString UnreadState = u"state/com.google/unread"_s;          // [FR] it/xt
const QString KeptUnreadState = u"state/com.google/kept-unread"_s; // [GR] StreamId
const QString LongIdPrefix = u"tag:google.com,2005:reader/item/"_s;

HttpResponse jsonResponse(const QJsonObject &object)
{
    return HttpResponse::json(200, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

HttpResponse okText()
{
    // [FR] write calls answer the plain text "OK".
    return HttpResponse::text(200, "OK");
}

HttpResponse badRequest()
{
    return HttpResponse::text(400, "Bad Request!");
}

HttpResponse unauthorizedResponse()
{
    // [FR] unauthorized(): 401, text/plain "Unauthorized!".
    return HttpResponse::text(401, "Unauthorized!");
}

HttpResponse badWriteToken()
{
    // [GR] ActionToken: a stale T is refused with X-Reader-Google-Bad-Token, which tells the
    // client to fetch a new token and repeat; [FR] sends the same meaning as Google-Bad-Token.
    HttpResponse response = unauthorizedResponse();
    response.setHeader("X-Reader-Google-Bad-Token", "true");
    response.setHeader("Google-Bad-Token", "true");
    return response;
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &byte : raw)
        byte = char(QRandomGenerator::system()->bounded(256));
    return raw.toHex();
}

/// "user/-/label/X" and "user/<id>/label/X" are the same stream [GR StreamId]: "-" stands for the
/// signed-in user. Answers the part after the user, or the id unchanged when it is no user stream.
QString withoutUser(const QString &streamId)
{
    if (!streamId.startsWith(u"user/"_s))
        return streamId;
    const qsizetype slash = streamId.indexOf(u'/', 5);
    return slash < 0 ? QString() : streamId.mid(slash + 1);
}

QString userStream(const QString &rest)
{
    return u"user/-/"_s + rest;
}

QString labelStreamId(const QString &label)
{
    return u"user/-/label/"_s + label;
}

QString longItemId(qint64 id)
{
    // [GR ItemId] long form: unsigned base 16, zero-padded to 16 digits.
    return LongIdPrefix + u"%1"_s.arg(quint64(id), 16, 16, QLatin1Char('0'));
}

QString feedStreamId(qint64 id)
{
    // [FR] subscriptions are "feed/<number>"; feed/<url> is accepted on input as well.
    return u"feed/"_s + QString::number(id);
}
} // namespace

GoogleReaderApi::GoogleReaderApi(ApiOptions options, ItemStore &store, FeedFetcher &fetcher)
    : m_options(std::move(options)), m_store(store), m_fetcher(fetcher)
{}

bool GoogleReaderApi::handles(const QString &path)
{
    return path.startsWith(BasePath) && (path.size() == BasePath.size() || path.at(BasePath.size()) == u'/');
}

std::optional<qint64> GoogleReaderApi::parseItemId(const QString &text)
{
    // [GR ItemId] every method accepts both forms: long (hex) or short (signed decimal).
    bool ok = false;
    if (text.startsWith(LongIdPrefix)) {
        const quint64 value = text.mid(LongIdPrefix.size()).toULongLong(&ok, 16);
        return ok ? std::optional<qint64>(qint64(value)) : std::nullopt;
    }
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

void GoogleReaderApi::expireSessions()
{
    m_sessions.clear();
}

void GoogleReaderApi::rotateWriteTokens()
{
    for (Session &session : m_sessions)
        session.writeToken = randomHex(20).leftJustified(57, 'Z');
}

void GoogleReaderApi::setPassword(const QString &password)
{
    // [FR] the auth token is derived from the password hash, so a new password ends sessions.
    m_options.password = password;
    m_sessions.clear();
}

void GoogleReaderApi::handle(const HttpRequest &request, const RequestHandler::Respond &respond)
{
    const QString path = request.path.mid(BasePath.size());
    if (path == u"/accounts/ClientLogin"_s) {
        ++m_counters.calls[u"ClientLogin"_s];
        respond(clientLogin(request));
        return;
    }
    const QString readerPrefix = u"/reader/api/0/"_s;
    if (!path.startsWith(readerPrefix)) {
        respond(badRequest()); // [FR] anything else is a bad request
        return;
    }
    reader(request, path.mid(readerPrefix.size()), respond);
}

HttpResponse GoogleReaderApi::clientLogin(const HttpRequest &request)
{
    // [FR] clientLogin(): Email and Passwd (POST form); answers SID, LSID and Auth lines in
    // text/plain; Auth is "<user>/<hash>". A wrong password is 401, missing fields 400.
    if (request.method != "POST") {
        HttpResponse response = HttpResponse::error(405);
        response.setHeader("Allow", "POST");
        return response;
    }
    const FormBody form(request.body);
    if (!form.has(u"Email"_s) || !form.has(u"Passwd"_s))
        return badRequest();
    if (form.value(u"Email"_s) != m_options.user || form.value(u"Passwd"_s) != m_options.password) {
        ++m_counters.failedLogins;
        return unauthorizedResponse();
    }
    const QByteArray auth = m_options.user.toUtf8() + '/' + randomHex(20);
    // [FR] token(): the write token has 57 characters.
    m_sessions.insert(auth, Session{randomHex(20).leftJustified(57, 'Z')});
    return HttpResponse::text(200, "SID=" + auth + "\nLSID=null\nAuth=" + auth + '\n');
}

std::optional<QByteArray> GoogleReaderApi::sessionOf(const HttpRequest &request) const
{
    // [FR] "Authorization: GoogleLogin auth=<Auth>" on every /reader/api/0/ call.
    const QByteArray header = request.header("authorization").trimmed();
    const QByteArray scheme = "googlelogin auth=";
    if (!header.toLower().startsWith(scheme))
        return std::nullopt;
    const QByteArray auth = header.mid(scheme.size()).trimmed();
    if (!m_sessions.contains(auth))
        return std::nullopt;
    return auth;
}

bool GoogleReaderApi::writeTokenValid(const QByteArray &auth, const FormBody &form) const
{
    // [FR] checkToken(): T comes in the POST body. (FreshRSS also lets an empty T through for
    // old clients; this server is strict so a client that forgets T is caught in tests.)
    return form.value(u"T"_s).toUtf8() == m_sessions.value(auth).writeToken;
}

void GoogleReaderApi::reader(const HttpRequest &request, const QString &endpoint, const RequestHandler::Respond &respond)
{
    const std::optional<QByteArray> auth = sessionOf(request);
    if (!auth) {
        ++m_counters.unauthorized;
        respond(unauthorizedResponse());
        return;
    }
    const QString streamContentsPrefix = u"stream/contents"_s;
    const QString counted = endpoint.startsWith(streamContentsPrefix) ? streamContentsPrefix : endpoint;
    ++m_counters.calls[counted];

    if (endpoint == u"token"_s) {
        // [FR] token(): the 57-character write token and a newline, text/plain.
        respond(HttpResponse::text(200, m_sessions.value(*auth).writeToken + '\n'));
        return;
    }
    if (endpoint == u"user-info"_s) {
        respond(userInfo());
        return;
    }
    if (endpoint == u"tag/list"_s) {
        respond(tagList(request));
        return;
    }
    if (endpoint == u"subscription/list"_s) {
        respond(subscriptionList(request));
        return;
    }
    if (endpoint == u"unread-count"_s) {
        respond(unreadCount(request));
        return;
    }
    if (endpoint == streamContentsPrefix || endpoint.startsWith(streamContentsPrefix + u'/')) {
        // [FR] the stream id follows stream/contents/ in the path; none means the reading list.
        const QString streamId = endpoint.mid(streamContentsPrefix.size() + 1);
        if (!m_subscribeBeforeItems.isEmpty()) {
            addFeed(std::exchange(m_subscribeBeforeItems, QString()), {}, {},
                    [this, request, streamId, respond](std::optional<qint64>, const QString &) {
                        respond(streamContents(request, streamId.isEmpty() ? userStream(ReadingList) : streamId));
                    });
            return;
        }
        respond(streamContents(request, streamId.isEmpty() ? userStream(ReadingList) : streamId));
        return;
    }
    if (endpoint == u"stream/items/ids"_s) {
        respond(streamItemIds(request));
        return;
    }

    // The rest take a POST form; the ones that change something need the write token T.
    const FormBody form(request.body);
    if (endpoint == u"stream/items/contents"_s) {
        // [FR] i= item ids in the POST body (FeedMe style), several allowed.
        respond(streamItemContents(request, form));
        return;
    }
    const bool writes = endpoint == u"edit-tag"_s || endpoint == u"mark-all-as-read"_s || endpoint == u"subscription/edit"_s
                        || endpoint == u"subscription/quickadd"_s || endpoint == u"rename-tag"_s || endpoint == u"disable-tag"_s;
    if (!writes) {
        respond(badRequest());
        return;
    }
    if (request.method != "POST") {
        HttpResponse response = HttpResponse::error(405);
        response.setHeader("Allow", "POST");
        respond(std::move(response));
        return;
    }
    if (!writeTokenValid(*auth, form)) {
        ++m_counters.badWriteTokens;
        respond(badWriteToken());
        return;
    }
    if (endpoint == u"edit-tag"_s)
        respond(editTag(form));
    else if (endpoint == u"mark-all-as-read"_s)
        respond(markAllAsRead(form));
    else if (endpoint == u"subscription/edit"_s)
        subscriptionEdit(form, respond);
    else if (endpoint == u"rename-tag"_s)
        respond(renameTag(form));
    else if (endpoint == u"disable-tag"_s)
        respond(disableTag(form));
    else
        // [FR] quickadd=<url>; FreshRSS reads it from the query or the form.
        quickAdd(form.has(u"quickadd"_s) ? form.value(u"quickadd"_s) : request.queryValue(u"quickadd"_s), respond);
}

HttpResponse GoogleReaderApi::userInfo() const
{
    // [FR] userInfo(): the user name serves as id, name and profile id.
    return jsonResponse({{u"userId"_s, m_options.user}, {u"userName"_s, m_options.user}, {u"userProfileId"_s, m_options.user}, {u"userEmail"_s, QString()}});
}

HttpResponse GoogleReaderApi::tagList(const HttpRequest &request) const
{
    // [FR] tagList(): only output=json (else 501); the starred state, then one
    // "user/-/label/<name>" with type "folder" per category.
    if (request.queryValue(u"output"_s) != u"json"_s)
        return HttpResponse::text(501, "Not Implemented!");
    QJsonArray tags{QJsonObject{{u"id"_s, userStream(StarredState)}}};
    for (const QString &label : m_store.labels())
        tags.append(QJsonObject{{u"id"_s, labelStreamId(label)}, {u"type"_s, u"folder"_s}});
    return jsonResponse({{u"tags"_s, tags}});
}

HttpResponse GoogleReaderApi::subscriptionList(const HttpRequest &request) const
{
    // [FR] subscriptionList(): output=json only; id "feed/<n>", title, categories [{id, label}],
    // url (the feed document), htmlUrl (the site), iconUrl.
    if (request.queryValue(u"output"_s) != u"json"_s)
        return HttpResponse::text(501, "Not Implemented!");
    QJsonArray subscriptions;
    for (const Subscription &s : m_store.subscriptions()) {
        QJsonArray categories;
        if (!s.label.isEmpty())
            categories.append(QJsonObject{{u"id"_s, labelStreamId(s.label)}, {u"label"_s, s.label}});
        subscriptions.append(QJsonObject{{u"id"_s, feedStreamId(s.id)},
                                         {u"title"_s, s.title},
                                         {u"categories"_s, categories},
                                         {u"url"_s, s.url},
                                         {u"htmlUrl"_s, s.siteUrl},
                                         {u"iconUrl"_s, QString()}});
    }
    return jsonResponse({{u"subscriptions"_s, subscriptions}});
}

HttpResponse GoogleReaderApi::unreadCount(const HttpRequest &request) const
{
    // [FR] unreadCount(): one entry per feed, per label and for the reading list, each with
    // count and newestItemTimestampUsec (a string); "max" is the total.
    if (request.queryValue(u"output"_s) != u"json"_s)
        return HttpResponse::text(501, "Not Implemented!");
    QHash<qint64, QPair<qint64, qint64>> perFeed; // id -> (unread, newest)
    QHash<QString, QPair<qint64, qint64>> perLabel;
    qint64 total = 0;
    qint64 newest = 0;
    for (const auto &[id, item] : m_store.items()) {
        const Subscription *feed = m_store.subscription(item.feedId);
        auto &feedCount = perFeed[item.feedId];
        feedCount.second = std::max(feedCount.second, id);
        newest = std::max(newest, id);
        if (feed && !feed->label.isEmpty())
            perLabel[feed->label].second = std::max(perLabel[feed->label].second, id);
        if (item.read)
            continue;
        ++feedCount.first;
        ++total;
        if (feed && !feed->label.isEmpty())
            ++perLabel[feed->label].first;
    }
    const auto entry = [](const QString &id, QPair<qint64, qint64> counts) {
        return QJsonObject{{u"id"_s, id}, {u"count"_s, counts.first}, {u"newestItemTimestampUsec"_s, QString::number(counts.second)}};
    };
    QJsonArray counts;
    for (const Subscription &s : m_store.subscriptions())
        counts.append(entry(feedStreamId(s.id), perFeed.value(s.id)));
    for (const QString &label : m_store.labels())
        counts.append(entry(labelStreamId(label), perLabel.value(label)));
    counts.append(entry(userStream(ReadingList), {total, newest}));
    return jsonResponse({{u"max"_s, total}, {u"unreadcounts"_s, counts}});
}

std::optional<qint64> GoogleReaderApi::feedIdOf(const QString &streamId) const
{
    // [FR] "feed/<number>", and for compatibility "feed/<url>" [GR StreamId].
    if (!streamId.startsWith(u"feed/"_s))
        return std::nullopt;
    const QString rest = streamId.mid(5);
    bool number = false;
    const qint64 id = rest.toLongLong(&number);
    if (number)
        return m_store.subscription(id) ? std::optional<qint64>(id) : std::nullopt;
    const Subscription *byUrl = m_store.subscriptionByUrl(rest);
    return byUrl ? std::optional<qint64>(byUrl->id) : std::nullopt;
}

QString GoogleReaderApi::labelOf(const QString &streamId) const
{
    const QString rest = withoutUser(streamId);
    return rest.startsWith(u"label/"_s) ? rest.mid(6) : QString();
}

std::optional<ItemFilter> GoogleReaderApi::streamFilter(const QString &streamId) const
{
    // [GR StreamId] feed/…, user/-/label/…, user/-/state/com.google/{reading-list,starred,read}.
    ItemFilter filter;
    if (streamId.startsWith(u"feed/"_s)) {
        // [FR] an unknown feed is an empty stream, not an error.
        filter.feedId = feedIdOf(streamId).value_or(-1);
        return filter;
    }
    const QString rest = withoutUser(streamId);
    if (rest == ReadingList)
        return filter;
    if (rest == StarredState) {
        filter.starred = true;
        return filter;
    }
    if (rest == ReadState) {
        filter.read = true;
        return filter;
    }
    if (rest.startsWith(u"label/"_s)) {
        filter.label = rest.mid(6);
        return filter;
    }
    return std::nullopt;
}

std::optional<ItemFilter> GoogleReaderApi::listingFilter(const HttpRequest &request, const QString &streamId) const
{
    std::optional<ItemFilter> filter = streamFilter(streamId);
    if (!filter)
        return std::nullopt;
    // [FR]/[INO] it= include target and xt= exclude target narrow a stream by state.
    const auto apply = [&filter](const QString &target, bool include) {
        const QString state = withoutUser(target);
        if (state == ReadState)
            filter->read = include;
        else if (state == UnreadState || state == KeptUnreadState)
            filter->read = !include;
        else if (state == StarredState)
            filter->starred = include;
    };
    for (const QString &target : request.query.allQueryItemValues(u"it"_s, QUrl::FullyDecoded))
        apply(target, true);
    for (const QString &target : request.query.allQueryItemValues(u"xt"_s, QUrl::FullyDecoded))
        apply(target, false);
    // [FR] ot = start time, nt = stop time, unix seconds, both inclusive, compared with the time
    // the item was crawled ([GR] "only items crawled after this time"), which is its id here.
    bool ok = false;
    const qint64 start = request.queryValue(u"ot"_s).toLongLong(&ok);
    if (ok && start > 0)
        filter->minId = start * 1000000;
    const qint64 stop = request.queryValue(u"nt"_s).toLongLong(&ok);
    if (ok && stop > 0)
        filter->maxId = (stop + 1) * 1000000 - 1;
    return filter;
}

int GoogleReaderApi::pageSize(const HttpRequest &request) const
{
    // [FR] n defaults to 20. [INO] the server caps it (Inoreader at 1000); so does this one.
    bool ok = false;
    const int requested = request.queryValue(u"n"_s).toInt(&ok);
    if (!ok || requested < 1)
        return std::min(20, m_options.maxPageSize);
    return std::min(requested, m_options.maxPageSize);
}

namespace {
qint64 continuationOf(const HttpRequest &request)
{
    // [FR] c is the id of the last item of the previous page (digits only, else ignored); the
    // next page starts right after it in the order asked for.
    bool ok = false;
    const qint64 after = request.queryValue(u"c"_s).trimmed().toLongLong(&ok);
    return ok && after > 0 ? after : 0;
}

bool oldestFirst(const HttpRequest &request)
{
    // [FR]/[INO] r=o: oldest first; default (d or n) newest first.
    return request.queryValue(u"r"_s) == u"o"_s;
}
} // namespace

QJsonObject GoogleReaderApi::itemJson(const StoredItem &item) const
{
    // [FR] entriesToArray(): the fields and their types as FreshRSS writes them.
    const Subscription *feed = m_store.subscription(item.feedId);
    QJsonArray categories{userStream(ReadingList)};
    if (feed && !feed->label.isEmpty())
        categories.append(labelStreamId(feed->label));
    if (item.read)
        categories.append(userStream(ReadState));
    if (item.starred)
        categories.append(userStream(StarredState));
    QJsonObject object{
        {u"id"_s, longItemId(item.id)},                        // [GR ItemId] long form here
        {u"crawlTimeMsec"_s, QString::number(item.id / 1000)}, // strings, as in [FR]
        {u"timestampUsec"_s, QString::number(item.id)},
        {u"published"_s, item.published.toSecsSinceEpoch()}, // unix seconds
        {u"updated"_s, item.updated.toSecsSinceEpoch()},
        {u"title"_s, item.title},
        {u"canonical"_s, QJsonArray{QJsonObject{{u"href"_s, item.link}}}},
        {u"alternate"_s, QJsonArray{QJsonObject{{u"href"_s, item.link}, {u"type"_s, u"text/html"_s}}}},
        {u"summary"_s, QJsonObject{{u"direction"_s, u"ltr"_s}, {u"content"_s, item.content}}},
        {u"categories"_s, categories},
        {u"origin"_s, QJsonObject{{u"streamId"_s, feedStreamId(item.feedId)},
                                  {u"title"_s, feed ? feed->title : QString()},
                                  {u"htmlUrl"_s, feed ? feed->siteUrl : QString()}}},
    };
    if (!item.author.isEmpty())
        object.insert(u"author"_s, item.author);
    QJsonArray enclosures;
    for (const freshet::ParsedEnclosure &enclosure : item.enclosures) {
        // [FR] only enclosures with both a URL and a type; length when known.
        if (enclosure.url.isEmpty() || enclosure.type.isEmpty())
            continue;
        QJsonObject media{{u"href"_s, enclosure.url}, {u"type"_s, enclosure.type}};
        if (enclosure.length > 0)
            media.insert(u"length"_s, enclosure.length);
        enclosures.append(media);
    }
    if (!enclosures.isEmpty())
        object.insert(u"enclosure"_s, enclosures);
    return object;
}

HttpResponse GoogleReaderApi::streamContents(const HttpRequest &request, const QString &streamId) const
{
    // [GR ApiStreamContents]/[FR] streamContents(): {id, updated, items[, continuation]}.
    const std::optional<ItemFilter> filter = listingFilter(request, streamId);
    if (!filter)
        return badRequest();
    const ItemPage page = m_store.page(*filter, oldestFirst(request), continuationOf(request), pageSize(request));
    QJsonArray items;
    for (const StoredItem *item : page.items)
        items.append(itemJson(*item));
    QJsonObject response{{u"id"_s, streamId}, {u"updated"_s, QDateTime::currentSecsSinceEpoch()}, {u"items"_s, items}};
    // [FR] continuation only while more items remain (FreshRSS also sends one on a page that
    // happens to be exactly full; clients handle both by stopping at an empty page).
    if (page.more)
        response.insert(u"continuation"_s, QString::number(page.items.last()->id));
    return jsonResponse(response);
}

HttpResponse GoogleReaderApi::streamItemIds(const HttpRequest &request) const
{
    // [GR ApiStreamItemsIds]/[FR] streamContentsItemsIds(): s= the stream (required), the same
    // n, r, ot, nt, xt, it and c as stream/contents; itemRefs with ids in the short form: decimal.
    if (!request.hasQuery(u"s"_s))
        return badRequest();
    const std::optional<ItemFilter> filter = listingFilter(request, request.queryValue(u"s"_s));
    if (!filter)
        return badRequest();
    const ItemPage page = m_store.page(*filter, oldestFirst(request), continuationOf(request), pageSize(request));
    QJsonArray refs;
    for (const StoredItem *item : page.items)
        refs.append(QJsonObject{{u"id"_s, QString::number(item->id)}, {u"timestampUsec"_s, QString::number(item->id)}});
    QJsonObject response{{u"itemRefs"_s, refs}};
    if (page.more)
        response.insert(u"continuation"_s, QString::number(page.items.last()->id));
    return jsonResponse(response);
}

HttpResponse GoogleReaderApi::streamItemContents(const HttpRequest &request, const FormBody &form) const
{
    // [FR] streamContentsItems(): the items named by i= (either id form), sorted by r.
    QList<const StoredItem *> found;
    QStringList ids = form.values(u"i"_s);
    ids += request.query.allQueryItemValues(u"i"_s, QUrl::FullyDecoded);
    for (const QString &text : std::as_const(ids)) {
        const std::optional<qint64> id = parseItemId(text);
        const auto item = id ? m_store.items().find(*id) : m_store.items().end();
        if (item != m_store.items().end() && !found.contains(&item->second))
            found.append(&item->second);
    }
    const bool ascending = oldestFirst(request);
    std::sort(found.begin(), found.end(),
              [ascending](const StoredItem *a, const StoredItem *b) { return ascending ? a->id < b->id : a->id > b->id; });
    QJsonArray items;
    for (const StoredItem *item : std::as_const(found))
        items.append(itemJson(*item));
    return jsonResponse({{u"id"_s, userStream(ReadingList)}, {u"updated"_s, QDateTime::currentSecsSinceEpoch()}, {u"items"_s, items}});
}

HttpResponse GoogleReaderApi::editTag(const FormBody &form)
{
    // [GR ApiEditTag]/[FR] editTag(): i= (many, either form), a= tags to add, r= tags to remove.
    // read and starred are the states; kept-unread added means unread. Other tags (item labels)
    // are accepted and ignored: this server has no item labels.
    QList<StoredItem *> items;
    for (const QString &text : form.values(u"i"_s)) {
        const std::optional<qint64> id = parseItemId(text);
        if (StoredItem *item = id ? m_store.item(*id) : nullptr)
            items.append(item);
    }
    const auto change = [&items](const QString &tag, bool add) {
        const QString state = withoutUser(tag);
        for (StoredItem *item : std::as_const(items)) {
            if (state == ReadState)
                item->read = add;
            else if (state == KeptUnreadState && add)
                item->read = false;
            else if (state == StarredState)
                item->starred = add;
        }
    };
    for (const QString &tag : form.values(u"a"_s))
        change(tag, true);
    for (const QString &tag : form.values(u"r"_s))
        change(tag, false);
    return okText();
}

HttpResponse GoogleReaderApi::markAllAsRead(const FormBody &form)
{
    // [FR] markAllAsRead(): s= the stream, ts= only items up to this id (microseconds).
    const std::optional<ItemFilter> filter = streamFilter(form.value(u"s"_s));
    if (!filter)
        return badRequest();
    ItemFilter bounded = *filter;
    bool ok = false;
    const qint64 olderThan = form.value(u"ts"_s).toLongLong(&ok);
    if (ok && olderThan > 0)
        bounded.maxId = olderThan;
    for (const StoredItem *item : m_store.matching(bounded)) {
        if (StoredItem *writable = m_store.item(item->id))
            writable->read = true;
    }
    return okText();
}

void GoogleReaderApi::addFeed(const QString &url, const QString &title, const QString &label,
                              std::function<void(std::optional<qint64>, QString)> done)
{
    // [FR] FreshRSS_feed_Controller::addFeed(): a feed is only added once it was fetched and
    // read; its items are there right away. The title given wins over the feed's own.
    if (m_store.subscriptionByUrl(url)) {
        done(std::nullopt, u"already subscribed"_s);
        return;
    }
    m_fetcher.fetch(url, [this, url, title, label, done = std::move(done)](FeedFetcher::Result result) {
        if (!result.ok()) {
            done(std::nullopt, result.error);
            return;
        }
        if (m_store.subscriptionByUrl(url)) { // subscribed by another request meanwhile
            done(std::nullopt, u"already subscribed"_s);
            return;
        }
        const QString name = !title.isEmpty() ? title : (!result.feed.title.isEmpty() ? result.feed.title : url);
        const qint64 id = m_store.addSubscription(url, name, result.feed.link, label).id;
        m_store.ingest(id, result.feed);
        done(id, {});
    });
}

HttpResponse GoogleReaderApi::renameTag(const FormBody &form)
{
    // [FR] renameTag(): s= and dest= both "user/-/label/…"; a category unknown, or either
    // missing, is 400; else "OK".
    const QString from = labelOf(form.value(u"s"_s));
    const QString to = labelOf(form.value(u"dest"_s));
    if (from.isEmpty() || to.isEmpty() || !m_store.renameLabel(from, to))
        return badRequest();
    return okText();
}

HttpResponse GoogleReaderApi::disableTag(const FormBody &form)
{
    // [FR] disableTag(): s= "user/-/label/…"; its feeds leave it and the category goes; an
    // unknown one is 400; else "OK".
    const QString label = labelOf(form.value(u"s"_s));
    if (label.isEmpty() || !m_store.removeLabel(label))
        return badRequest();
    return okText();
}

void GoogleReaderApi::subscriptionEdit(const FormBody &form, const RequestHandler::Respond &respond)
{
    // [GR ApiSubscriptionEdit]/[FR] subscriptionEdit(): ac=subscribe|unsubscribe|edit, s= the
    // stream (repeatable), t= its title (matching s by position), a= a label to put it in,
    // r= a label to take it out of. Any stream that fails makes the answer 400.
    const QString action = form.value(u"ac"_s);
    const QStringList streams = form.values(u"s"_s);
    const QStringList titles = form.values(u"t"_s);
    const QString addLabel = labelOf(form.value(u"a"_s));
    const bool removeLabel = !labelOf(form.value(u"r"_s)).isEmpty();
    if (streams.isEmpty() || (action != u"subscribe"_s && action != u"unsubscribe"_s && action != u"edit"_s)) {
        respond(badRequest());
        return;
    }
    if (action == u"subscribe"_s) {
        // Feeds are fetched one after another; the answer comes when the last one is in.
        struct Pending
        {
            QStringList streams, titles;
            QString label;
            int next = 0;
            bool failed = false;
            RequestHandler::Respond respond;
            std::function<void()> step;
        };
        auto pending = std::make_shared<Pending>(Pending{streams, titles, addLabel, 0, false, respond, {}});
        // step holds the state weakly: only the fetch in flight keeps it alive, so no cycle.
        pending->step = [this, weak = std::weak_ptr<Pending>(pending)] {
            const std::shared_ptr<Pending> p = weak.lock();
            if (!p)
                return;
            if (p->next >= p->streams.size()) {
                p->respond(p->failed ? badRequest() : okText());
                return;
            }
            const int index = p->next++;
            const QString stream = p->streams.at(index);
            if (!stream.startsWith(u"feed/"_s)) {
                p->failed = true;
                p->step();
                return;
            }
            addFeed(stream.mid(5), p->titles.value(index), p->label, [p](std::optional<qint64> id, const QString &) {
                if (!id)
                    p->failed = true;
                p->step();
            });
        };
        pending->step();
        return;
    }
    bool failed = false;
    for (qsizetype index = 0; index < streams.size(); ++index) {
        const std::optional<qint64> id = feedIdOf(streams.at(index));
        if (!id) {
            failed = true;
            continue;
        }
        if (action == u"unsubscribe"_s) {
            m_store.removeSubscription(*id);
            continue;
        }
        if (!titles.value(index).isEmpty())
            m_store.renameSubscription(*id, titles.value(index));
        if (!addLabel.isEmpty())
            m_store.moveSubscription(*id, addLabel);
        else if (removeLabel)
            m_store.moveSubscription(*id, QString());
    }
    respond(failed ? badRequest() : okText());
}

void GoogleReaderApi::quickAdd(const QString &url, const RequestHandler::Respond &respond)
{
    // [FR] quickadd(): {numResults: 1, streamId} on success, {numResults: 0, error} otherwise
    // (still 200). [GR] adds query and streamName.
    addFeed(url, {}, {}, [this, url, respond](std::optional<qint64> id, const QString &error) {
        if (!id) {
            respond(jsonResponse({{u"numResults"_s, 0}, {u"error"_s, error}}));
            return;
        }
        const Subscription *feed = m_store.subscription(*id);
        respond(jsonResponse({{u"numResults"_s, 1}, {u"query"_s, url}, {u"streamId"_s, feedStreamId(*id)}, {u"streamName"_s, feed ? feed->title : QString()}}));
    });
}
