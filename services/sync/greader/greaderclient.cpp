// SPDX-License-Identifier: MIT
#include "sync/greader/greaderclient.h"

#include "sync/greader/greaderjson.h"

#include <QDateTime>
#include <QNetworkReply>

#include <algorithm>
#include <map>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace freshet::sync {

namespace {
const QString ApiPrefix = u"/reader/api/0/"_s;
const QString ReadingList = u"user/-/state/com.google/reading-list"_s;
const QString ReadState = u"user/-/state/com.google/read"_s;
const QString StarredState = u"user/-/state/com.google/starred"_s;
// edit-tag takes many i= per request; this many keeps a form well under the 1 MiB FreshRSS reads.
constexpr int EditTagBatch = 250;
// Far more pages of ids than any account has: a server repeating itself must not loop forever.
constexpr int MaxIdPages = 10000;

QString feedStreamId(const QString &url)
{
    return u"feed/"_s + url;
}

/// QUrlQuery reads a value as already encoded, so a stream id "feed/http://e.com/p%20q" would
/// reach the server as "feed/http://e.com/p q" (and a '&' or '#' in it would cut it short):
/// values that are not our own constants are encoded whole first.
void addQueryValue(QUrlQuery &query, const QString &name, const QString &value)
{
    query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}
} // namespace

GoogleReaderClient::GoogleReaderClient(QObject *parent) : SyncClient(parent)
{
    // Each redirect is weighed in watch(): Qt 6.4 would forward the Authorization header, and
    // on a 307/308 the ClientLogin password, to whatever origin the server names.
    m_network.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

GoogleReaderClient::~GoogleReaderClient()
{
    m_destroying = true;
    for (QNetworkReply *reply : m_network.findChildren<QNetworkReply *>()) {
        reply->disconnect(this);
        reply->abort();
    }
    std::map<quint64, Call> calls;
    calls.swap(m_calls);
    for (auto &[id, call] : calls)
        call.done(SyncResult<QByteArray>::failure(cancelled()));
}

QString GoogleReaderClient::protocol() const
{
    return u"greader"_s;
}

void GoogleReaderClient::setCredentials(const AccountCredentials &credentials)
{
    m_credentials = credentials;
    m_auth.clear();
    m_writeToken.clear();
}

void GoogleReaderClient::setRequestTimeout(int milliseconds)
{
    m_timeoutMs = std::max(1, milliseconds);
}

// --- the public calls -------------------------------------------------------------------

void GoogleReaderClient::login(SyncCallback<Done> done)
{
    // A fresh session: the caller wants to know the credentials work now.
    m_auth.clear();
    m_writeToken.clear();
    ApiRequest request;
    request.kind = ApiRequest::Kind::Session;
    start(std::move(request), [done = std::move(done)](SyncResult<QByteArray> result) {
        done(result ? SyncResult<Done>::success({}) : SyncResult<Done>::failure(result.error()));
    });
}

void GoogleReaderClient::logout(SyncCallback<Done> done)
{
    // ClientLogin sessions have no logout call; forgetting the tokens is all there is. The
    // answer still comes later, through the same path as every other.
    m_auth.clear();
    m_writeToken.clear();
    ApiRequest request;
    request.kind = ApiRequest::Kind::Nothing;
    start(std::move(request), [done = std::move(done)](SyncResult<QByteArray> result) {
        done(result ? SyncResult<Done>::success({}) : SyncResult<Done>::failure(result.error()));
    });
}

void GoogleReaderClient::categories(SyncCallback<QList<RemoteCategory>> done)
{
    ApiRequest request;
    request.path = ApiPrefix + u"tag/list"_s;
    request.query.addQueryItem(u"output"_s, u"json"_s);
    start(std::move(request), [this, done = std::move(done)](SyncResult<QByteArray> result) {
        if (!result)
            return done(SyncResult<QList<RemoteCategory>>::failure(result.error()));
        std::optional<QList<RemoteCategory>> categories = greader::parseTagList(result.value());
        done(categories ? SyncResult<QList<RemoteCategory>>::success(std::move(*categories))
                        : SyncResult<QList<RemoteCategory>>::failure(protocolError()));
    });
}

void GoogleReaderClient::feeds(SyncCallback<QList<RemoteFeed>> done)
{
    ApiRequest request;
    request.path = ApiPrefix + u"subscription/list"_s;
    request.query.addQueryItem(u"output"_s, u"json"_s);
    start(std::move(request), [this, done = std::move(done)](SyncResult<QByteArray> result) {
        if (!result)
            return done(SyncResult<QList<RemoteFeed>>::failure(result.error()));
        std::optional<QList<RemoteFeed>> feeds = greader::parseSubscriptionList(result.value());
        done(feeds ? SyncResult<QList<RemoteFeed>>::success(std::move(*feeds)) : SyncResult<QList<RemoteFeed>>::failure(protocolError()));
    });
}

void GoogleReaderClient::newItems(const QString &cursor, const QString &continuation, int pageSize, SyncCallback<ItemPage> done)
{
    // The reading list oldest first from the cursor on. The cursor is the newest crawl time
    // (microseconds) seen so far; `ot` takes whole seconds and is inclusive, so the items of
    // that second come again and are dropped here by their exact time.
    bool cursorValid = false;
    const qint64 cursorUsec = cursor.toLongLong(&cursorValid);
    ApiRequest request;
    request.path = ApiPrefix + u"stream/contents/"_s + ReadingList;
    request.query.addQueryItem(u"output"_s, u"json"_s);
    request.query.addQueryItem(u"r"_s, u"o"_s);
    request.query.addQueryItem(u"n"_s, QString::number(std::clamp(pageSize, 1, MaxPageSize)));
    if (cursorValid && cursorUsec > 0)
        request.query.addQueryItem(u"ot"_s, QString::number(cursorUsec / 1000000));
    if (!continuation.isEmpty())
        addQueryValue(request.query, u"c"_s, continuation);
    start(std::move(request), [this, cursorUsec = cursorValid ? cursorUsec : qint64(0), previousCursor = cursorValid ? cursor : QString(),
                               continuation, done = std::move(done)](SyncResult<QByteArray> result) {
        if (!result)
            return done(SyncResult<ItemPage>::failure(result.error()));
        std::optional<greader::StreamPage> stream = greader::parseStreamContents(result.value());
        if (!stream)
            return done(SyncResult<ItemPage>::failure(protocolError()));
        ItemPage page;
        qint64 newest = cursorUsec;
        for (greader::StreamItem &entry : stream->items) {
            if (entry.crawledUsec >= 0 && entry.crawledUsec <= cursorUsec)
                continue;
            newest = std::max(newest, entry.crawledUsec);
            page.items.append(std::move(entry.item));
        }
        // A server that gives no crawl times leaves the cursor empty: every sync is then a full one.
        page.cursor = newest > 0 ? QString::number(newest) : previousCursor;
        // A server that answers an empty page with the same continuation would loop forever.
        const bool stuck = stream->items.isEmpty() || stream->continuation == continuation;
        page.continuation = stuck ? QString() : stream->continuation;
        done(SyncResult<ItemPage>::success(std::move(page)));
    });
}

void GoogleReaderClient::reReadItems(const QString &position, SyncCallback<ReReadItems> done)
{
    // FreshRSS updates an edited article in place and says nothing: its crawl time and
    // timestampUsec stay, and there is no `updated`. Edits come soon after an article is
    // published, so the newest of the reading list are read again, newest first; then a slice
    // of the older ones from where the last sync left off, so an edit to any article arrives
    // within a round of syncs. The continuation names an article (FreshRSS: its id), so new
    // articles arriving between two syncs do not shift the slice.
    readNewestFirst({}, RecentItems, [this, position, done](SyncResult<greader::StreamPage> newest) {
        if (!newest)
            return done(SyncResult<ReReadItems>::failure(newest.error()));
        auto reRead = std::make_shared<ReReadItems>();
        for (greader::StreamItem &entry : newest.value().items)
            reRead->items.append(std::move(entry.item));
        const QString from = position.isEmpty() ? newest.value().continuation : position;
        if (from.isEmpty())
            return done(SyncResult<ReReadItems>::success(std::move(*reRead)));
        readNewestFirst(from, RollingSliceItems, [reRead, from, done](SyncResult<greader::StreamPage> slice) {
            if (!slice) {
                // A position the server no longer understands must not fail every sync from
                // now on: the slice starts again after the newest next time.
                const SyncErrorKind kind = slice.error().kind;
                if (kind != SyncErrorKind::Server && kind != SyncErrorKind::Protocol)
                    return done(SyncResult<ReReadItems>::failure(slice.error()));
                return done(SyncResult<ReReadItems>::success(std::move(*reRead)));
            }
            for (greader::StreamItem &entry : slice.value().items)
                reRead->items.append(std::move(entry.item));
            const bool stuck = slice.value().items.isEmpty() || slice.value().continuation == from;
            reRead->position = stuck ? QString() : slice.value().continuation;
            done(SyncResult<ReReadItems>::success(std::move(*reRead)));
        });
    });
}

void GoogleReaderClient::readNewestFirst(const QString &continuation, int count, SyncCallback<greader::StreamPage> done)
{
    ApiRequest request;
    request.path = ApiPrefix + u"stream/contents/"_s + ReadingList;
    request.query.addQueryItem(u"output"_s, u"json"_s);
    request.query.addQueryItem(u"n"_s, QString::number(count));
    if (!continuation.isEmpty())
        addQueryValue(request.query, u"c"_s, continuation);
    start(std::move(request), [this, done = std::move(done)](SyncResult<QByteArray> result) {
        if (!result)
            return done(SyncResult<greader::StreamPage>::failure(result.error()));
        std::optional<greader::StreamPage> stream = greader::parseStreamContents(result.value());
        done(stream ? SyncResult<greader::StreamPage>::success(std::move(*stream)) : SyncResult<greader::StreamPage>::failure(protocolError()));
    });
}

void GoogleReaderClient::unreadIds(SyncCallback<QStringList> done)
{
    collectIds(ReadingList, ReadState, std::make_shared<QStringList>(), {}, 0, std::move(done));
}

void GoogleReaderClient::starredIds(SyncCallback<QStringList> done)
{
    collectIds(StarredState, {}, std::make_shared<QStringList>(), {}, 0, std::move(done));
}

bool GoogleReaderClient::publishesArticles() const
{
    return false;
}

void GoogleReaderClient::publishedIds(SyncCallback<QStringList> done)
{
    // No sync asks (publishesArticles), and marking refuses the account's articles: an answer
    // all the same, as every call gives one.
    ApiRequest request;
    request.kind = ApiRequest::Kind::Nothing;
    start(std::move(request), [done = std::move(done)](SyncResult<QByteArray>) { done(SyncResult<QStringList>::success({})); });
}

void GoogleReaderClient::unreadCounts(SyncCallback<QHash<QString, int>> done)
{
    ApiRequest request;
    request.path = ApiPrefix + u"unread-count"_s;
    request.query.addQueryItem(u"output"_s, u"json"_s);
    start(std::move(request), [this, done = std::move(done)](SyncResult<QByteArray> result) {
        if (!result)
            return done(SyncResult<QHash<QString, int>>::failure(result.error()));
        std::optional<QHash<QString, int>> counts = greader::parseFeedUnreadCounts(result.value());
        done(counts ? SyncResult<QHash<QString, int>>::success(std::move(*counts)) : SyncResult<QHash<QString, int>>::failure(protocolError()));
    });
}

void GoogleReaderClient::unreadIdsOfFeeds(const QStringList &feedIds, SyncCallback<QStringList> done)
{
    collectUnreadOfFeeds(feedIds, {}, std::move(done));
}

bool GoogleReaderClient::listsRecentlyRead() const
{
    // The read stream's `ot` and `nt` bound the articles' crawl times, not when they were read.
    return false;
}

void GoogleReaderClient::recentlyReadIds(SyncCallback<QStringList> done)
{
    ApiRequest request;
    request.kind = ApiRequest::Kind::Nothing;
    start(std::move(request), [done = std::move(done)](SyncResult<QByteArray>) {
        done(SyncResult<QStringList>::failure({SyncErrorKind::Unsupported, tr("The Google Reader API cannot list recently read articles."), 0}));
    });
}

void GoogleReaderClient::collectUnreadOfFeeds(QStringList feedIds, QStringList collected, SyncCallback<QStringList> done)
{
    if (feedIds.isEmpty())
        return done(SyncResult<QStringList>::success(std::move(collected)));
    const QString feed = feedIds.takeFirst();
    collectIds(feed, ReadState, std::make_shared<QStringList>(), {}, 0,
               [this, feedIds = std::move(feedIds), collected = std::move(collected), done = std::move(done)](SyncResult<QStringList> ids) mutable {
                   if (!ids)
                       return done(std::move(ids));
                   collected += ids.value();
                   collectUnreadOfFeeds(std::move(feedIds), std::move(collected), std::move(done));
               });
}

void GoogleReaderClient::collectIds(const QString &stream, const QString &exclude, std::shared_ptr<QStringList> ids,
                                    const QString &continuation, int pages, SyncCallback<QStringList> done)
{
    ApiRequest request;
    request.path = ApiPrefix + u"stream/items/ids"_s;
    request.query.addQueryItem(u"output"_s, u"json"_s);
    addQueryValue(request.query, u"s"_s, stream);
    if (!exclude.isEmpty())
        addQueryValue(request.query, u"xt"_s, exclude);
    request.query.addQueryItem(u"n"_s, QString::number(IdPageSize));
    if (!continuation.isEmpty())
        addQueryValue(request.query, u"c"_s, continuation);
    start(std::move(request), [this, stream, exclude, ids, continuation, pages, done = std::move(done)](SyncResult<QByteArray> result) mutable {
        if (!result)
            return done(SyncResult<QStringList>::failure(result.error()));
        std::optional<greader::IdPage> page = greader::parseItemIds(result.value());
        if (!page)
            return done(SyncResult<QStringList>::failure(protocolError()));
        *ids += page->ids;
        if (page->continuation.isEmpty() || page->ids.isEmpty())
            return done(SyncResult<QStringList>::success(std::move(*ids)));
        if (page->continuation == continuation || pages + 1 >= MaxIdPages)
            return done(SyncResult<QStringList>::failure(protocolError()));
        collectIds(stream, exclude, ids, page->continuation, pages + 1, std::move(done));
    });
}

void GoogleReaderClient::sendStateChanges(const QList<StateChange> &changes, SyncCallback<Done> done)
{
    // The last change per (item, flag) is what the user meant; then one edit-tag per
    // (flag, add/remove) for up to EditTagBatch items each.
    std::map<std::pair<QString, int>, bool> latest;
    QList<std::pair<QString, int>> order;
    for (const StateChange &change : changes) {
        const std::pair<QString, int> key{change.itemId, int(change.flag)};
        if (!latest.contains(key))
            order.append(key);
        latest[key] = change.on;
    }
    struct Group
    {
        ItemFlag flag;
        bool on;
    };
    const Group groups[] = {{ItemFlag::Read, true}, {ItemFlag::Read, false}, {ItemFlag::Starred, true}, {ItemFlag::Starred, false}};
    auto batches = std::make_shared<QList<ApiRequest>>();
    for (const Group &group : groups) {
        QStringList ids;
        for (const auto &key : std::as_const(order)) {
            if (key.second == int(group.flag) && latest[key] == group.on)
                ids.append(greader::longItemId(key.first));
        }
        for (qsizetype from = 0; from < ids.size(); from += EditTagBatch) {
            ApiRequest request;
            request.method = "POST";
            request.path = ApiPrefix + u"edit-tag"_s;
            request.write = true;
            for (const QString &id : ids.mid(from, EditTagBatch))
                request.form.append({u"i"_s, id});
            request.form.append({group.on ? u"a"_s : u"r"_s, group.flag == ItemFlag::Read ? ReadState : StarredState});
            batches->append(std::move(request));
        }
    }
    if (batches->isEmpty()) {
        // Nothing to send still answers later, like every call.
        ApiRequest request;
        request.kind = ApiRequest::Kind::Nothing;
        start(std::move(request), [done = std::move(done)](SyncResult<QByteArray> result) {
            done(result ? SyncResult<Done>::success({}) : SyncResult<Done>::failure(result.error()));
        });
        return;
    }
    sendEditTagBatches(batches, std::move(done));
}

void GoogleReaderClient::markFeedRead(const FeedReadMark &mark, SyncCallback<Done> done)
{
    // ts bounds the marking by crawl time (FreshRSS: by item id, which is that time), in
    // microseconds: the cursor of the mark is the newest crawl time stored here, so what the
    // server got after it, unseen here, stays unread.
    bool known = false;
    const qint64 upTo = mark.upTo.toLongLong(&known);
    ApiRequest request;
    request.method = "POST";
    request.path = ApiPrefix + u"mark-all-as-read"_s;
    request.write = true;
    request.form = {{u"s"_s, mark.feedId}, {u"ts"_s, QString::number(known && upTo > 0 ? upTo : QDateTime::currentMSecsSinceEpoch() * 1000)}};
    start(std::move(request), [done = std::move(done)](SyncResult<QByteArray> result) {
        done(result ? SyncResult<Done>::success({}) : SyncResult<Done>::failure(result.error()));
    });
}

void GoogleReaderClient::sendEditTagBatches(std::shared_ptr<QList<ApiRequest>> batches, SyncCallback<Done> done)
{
    ApiRequest request = batches->takeFirst();
    start(std::move(request), [this, batches, done = std::move(done)](SyncResult<QByteArray> result) mutable {
        if (!result)
            return done(SyncResult<Done>::failure(result.error()));
        if (batches->isEmpty())
            return done(SyncResult<Done>::success({}));
        sendEditTagBatches(batches, std::move(done));
    });
}

void GoogleReaderClient::subscribe(const QString &feedUrl, const QString &category, SyncCallback<RemoteFeed> done)
{
    QList<QPair<QString, QString>> form{{u"ac"_s, u"subscribe"_s}, {u"s"_s, feedStreamId(feedUrl)}};
    if (!category.isEmpty())
        form.append({u"a"_s, u"user/-/label/"_s + category});
    // subscription/edit answers only "OK"; the feed as the server lists it comes from the list.
    editSubscription(form, [this, feedUrl, done = std::move(done)](SyncResult<Done> edited) mutable {
        if (!edited)
            return done(SyncResult<RemoteFeed>::failure(edited.error()));
        feeds([this, feedUrl, done = std::move(done)](SyncResult<QList<RemoteFeed>> listed) {
            if (!listed)
                return done(SyncResult<RemoteFeed>::failure(listed.error()));
            for (const RemoteFeed &feed : listed.value()) {
                if (feed.url == feedUrl)
                    return done(SyncResult<RemoteFeed>::success(feed));
            }
            done(SyncResult<RemoteFeed>::failure({SyncErrorKind::Protocol,
                                                  tr("The server accepted the subscription but does not list the feed."), 0}));
        });
    });
}

void GoogleReaderClient::unsubscribe(const QString &feedId, SyncCallback<Done> done)
{
    editSubscription({{u"ac"_s, u"unsubscribe"_s}, {u"s"_s, feedId}}, std::move(done));
}

void GoogleReaderClient::rename(const QString &feedId, const QString &title, SyncCallback<Done> done)
{
    editSubscription({{u"ac"_s, u"edit"_s}, {u"s"_s, feedId}, {u"t"_s, title}}, std::move(done));
}

void GoogleReaderClient::moveFeed(const QString &feedId, const QString &fromCategory, const QString &toCategory, SyncCallback<RemoteFeed> done)
{
    // [GR ApiSubscriptionEdit] ac=edit with a= the label to add and r= the one to remove.
    QList<QPair<QString, QString>> form{{u"ac"_s, u"edit"_s}, {u"s"_s, feedId}};
    if (!toCategory.isEmpty())
        form.append({u"a"_s, u"user/-/label/"_s + toCategory});
    if (!fromCategory.isEmpty())
        form.append({u"r"_s, u"user/-/label/"_s + fromCategory});
    editSubscription(form, [this, feedId, done = std::move(done)](SyncResult<Done> edited) mutable {
        if (!edited)
            return done(SyncResult<RemoteFeed>::failure(edited.error()));
        feeds([this, feedId, done = std::move(done)](SyncResult<QList<RemoteFeed>> listed) {
            if (!listed)
                return done(SyncResult<RemoteFeed>::failure(listed.error()));
            for (const RemoteFeed &feed : listed.value()) {
                if (feed.id == feedId)
                    return done(SyncResult<RemoteFeed>::success(feed));
            }
            done(SyncResult<RemoteFeed>::failure({SyncErrorKind::Protocol, tr("The server no longer lists the feed that was moved."), 0}));
        });
    });
}

void GoogleReaderClient::renameCategory(const QString &from, const QString &to, SyncCallback<Done> done)
{
    // [The Old Reader API]/[FR] rename-tag: s= the label, dest= its new name; answers "OK".
    postForOk(u"rename-tag"_s, {{u"s"_s, u"user/-/label/"_s + from}, {u"dest"_s, u"user/-/label/"_s + to}}, std::move(done));
}

void GoogleReaderClient::deleteCategory(const QString &name, SyncCallback<Done> done)
{
    // [The Old Reader API]/[FR] disable-tag: s= the label; its feeds stay subscribed.
    postForOk(u"disable-tag"_s, {{u"s"_s, u"user/-/label/"_s + name}}, std::move(done));
}

void GoogleReaderClient::postForOk(const QString &endpoint, QList<QPair<QString, QString>> form, SyncCallback<Done> done)
{
    ApiRequest request;
    request.method = "POST";
    request.path = ApiPrefix + endpoint;
    request.form = std::move(form);
    request.write = true;
    start(std::move(request), [this, done = std::move(done)](SyncResult<QByteArray> result) {
        if (!result)
            return done(SyncResult<Done>::failure(result.error()));
        if (result.value().trimmed() != "OK")
            return done(SyncResult<Done>::failure(protocolError()));
        done(SyncResult<Done>::success({}));
    });
}

void GoogleReaderClient::editSubscription(QList<QPair<QString, QString>> form, SyncCallback<Done> done)
{
    postForOk(u"subscription/edit"_s, std::move(form), std::move(done));
}

void GoogleReaderClient::unreadCount(SyncCallback<int> done)
{
    ApiRequest request;
    request.path = ApiPrefix + u"unread-count"_s;
    request.query.addQueryItem(u"output"_s, u"json"_s);
    start(std::move(request), [this, done = std::move(done)](SyncResult<QByteArray> result) {
        if (!result)
            return done(SyncResult<int>::failure(result.error()));
        const std::optional<int> count = greader::parseUnreadCount(result.value());
        done(count ? SyncResult<int>::success(*count) : SyncResult<int>::failure(protocolError()));
    });
}

} // namespace freshet::sync
