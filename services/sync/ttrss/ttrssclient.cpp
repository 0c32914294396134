// SPDX-License-Identifier: MIT
#include "ttrssclient.h"

#include "ttrssapi.h"
#include "ttrssjson.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <memory>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace freshet::sync {

namespace {

// tt-rss's virtual feeds and its updateArticle fields.
constexpr int AllArticlesFeed = -4;
constexpr int StarredFeed = -1;
constexpr int RecentlyReadFeed = -6;
constexpr int AllRealFeedsCategory = -3;
constexpr int PublishedFeed = -2;
constexpr int StarredField = 0;
constexpr int PublishedField = 1;
constexpr int UnreadField = 2;

} // namespace

template <typename T>
SyncCallback<T> TtRssClient::track(SyncCallback<T> done)
{
    auto pending = std::make_shared<SyncCallback<T>>(std::move(done));
    const quint64 id = ++m_lastOperation;
    m_cancellers.insert(id, [pending] {
        if (SyncCallback<T> callback = std::exchange(*pending, nullptr))
            callback(SyncResult<T>::failure({SyncErrorKind::Cancelled, tr("The sync was cancelled."), 0}));
    });
    return [this, pending, id](SyncResult<T> result) {
        m_cancellers.remove(id);
        if (SyncCallback<T> callback = std::exchange(*pending, nullptr))
            callback(std::move(result));
    };
}

template <typename T>
void TtRssClient::answerLater(SyncCallback<T> done, SyncResult<T> result)
{
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

TtRssClient::TtRssClient(QObject *parent) : SyncClient(parent), m_api(new TtRssApi(this)) {}

TtRssClient::~TtRssClient()
{
    m_api->close();
    // A Cancelled callback may call the client again; such calls are cancelled too.
    while (!m_cancellers.isEmpty()) {
        const QHash<quint64, std::function<void()>> cancellers = std::exchange(m_cancellers, {});
        for (const std::function<void()> &cancel : cancellers)
            cancel();
    }
}

QString TtRssClient::protocol() const
{
    return u"ttrss"_s;
}

void TtRssClient::setCredentials(const AccountCredentials &credentials)
{
    m_api->setCredentials(credentials);
}

void TtRssClient::setRequestTimeout(int milliseconds)
{
    m_api->setRequestTimeout(milliseconds);
}

SyncError TtRssClient::errorOf(const TtRssReply &reply)
{
    return reply.error.value_or(SyncError{SyncErrorKind::Protocol, tr("The server's answer was not understood."), 0});
}

SyncError TtRssClient::unreadableAnswer(const QString &message)
{
    return {SyncErrorKind::Protocol, message, 0};
}

void TtRssClient::login(SyncCallback<Done> done)
{
    m_api->login([answer = track(std::move(done))](TtRssReply reply) {
        answer(reply.ok() ? SyncResult<Done>::success({}) : SyncResult<Done>::failure(errorOf(reply)));
    });
}

void TtRssClient::logout(SyncCallback<Done> done)
{
    m_api->logout([answer = track(std::move(done))](TtRssReply reply) {
        answer(reply.ok() ? SyncResult<Done>::success({}) : SyncResult<Done>::failure(errorOf(reply)));
    });
}

void TtRssClient::categories(SyncCallback<QList<RemoteCategory>> done)
{
    m_api->call(u"getCategories"_s, {{u"include_empty"_s, true}}, [answer = track(std::move(done))](TtRssReply reply) {
        if (!reply.ok())
            return answer(SyncResult<QList<RemoteCategory>>::failure(errorOf(reply)));
        std::optional<QList<RemoteCategory>> categories = ttrss::parseCategories(reply.content);
        if (!categories)
            return answer(SyncResult<QList<RemoteCategory>>::failure(unreadableAnswer(tr("The server's list of categories was not understood."))));
        answer(SyncResult<QList<RemoteCategory>>::success(std::move(*categories)));
    });
}

void TtRssClient::fetchFeeds(std::function<void(SyncResult<QList<RemoteFeed>>)> done)
{
    // Feeds name their category by id only.
    m_api->call(u"getCategories"_s, {{u"include_empty"_s, true}}, [this, done = std::move(done)](TtRssReply reply) {
        if (!reply.ok())
            return done(SyncResult<QList<RemoteFeed>>::failure(errorOf(reply)));
        std::optional<QList<RemoteCategory>> categories = ttrss::parseCategories(reply.content);
        if (!categories)
            return done(SyncResult<QList<RemoteFeed>>::failure(unreadableAnswer(tr("The server's list of categories was not understood."))));
        const QJsonObject params{{u"cat_id"_s, AllRealFeedsCategory}, {u"include_nested"_s, true}};
        m_api->call(u"getFeeds"_s, params, [done, categories = std::move(*categories)](TtRssReply feedsReply) {
            if (!feedsReply.ok())
                return done(SyncResult<QList<RemoteFeed>>::failure(errorOf(feedsReply)));
            std::optional<QList<RemoteFeed>> feeds = ttrss::parseFeeds(feedsReply.content, categories);
            if (!feeds)
                return done(SyncResult<QList<RemoteFeed>>::failure(unreadableAnswer(tr("The server's list of feeds was not understood."))));
            done(SyncResult<QList<RemoteFeed>>::success(std::move(*feeds)));
        });
    });
}

void TtRssClient::feeds(SyncCallback<QList<RemoteFeed>> done)
{
    fetchFeeds(track(std::move(done)));
}

void TtRssClient::newItems(const QString &cursor, const QString &continuation, int pageSize, SyncCallback<ItemPage> done)
{
    const qint64 since = ttrss::parseCursor(cursor);
    const ttrss::HeadlinePosition position = ttrss::parseContinuation(continuation).value_or(ttrss::HeadlinePosition{0, since});
    const int limit = std::clamp(pageSize, 1, MaxPageSize);
    const QJsonObject params{{u"feed_id"_s, AllArticlesFeed},
                             {u"view_mode"_s, u"all_articles"_s},
                             {u"since_id"_s, since},
                             {u"skip"_s, position.skip},
                             {u"limit"_s, limit},
                             {u"show_content"_s, true},
                             {u"include_attachments"_s, true}};
    m_api->call(u"getHeadlines"_s, params, [answer = track(std::move(done)), since, position, limit](TtRssReply reply) {
        if (!reply.ok())
            return answer(SyncResult<ItemPage>::failure(errorOf(reply)));
        std::optional<QList<RemoteItem>> items = ttrss::parseHeadlines(reply.content);
        if (!items)
            return answer(SyncResult<ItemPage>::failure(unreadableAnswer(tr("The server's list of articles was not understood."))));
        qint64 highest = std::max(position.highestId, since);
        for (const RemoteItem &item : std::as_const(*items))
            highest = std::max(highest, item.id.toLongLong());
        ItemPage page;
        if (items->size() < limit) {
            page.cursor = highest > 0 ? QString::number(highest) : QString();
        } else {
            // Not the last page: the cursor moves only once every page is in.
            page.cursor = since > 0 ? QString::number(since) : QString();
            page.continuation = ttrss::formatContinuation({position.skip + int(items->size()), highest});
        }
        page.items = std::move(*items);
        answer(SyncResult<ItemPage>::success(std::move(page)));
    });
}

void TtRssClient::reReadItems(const QString &position, SyncCallback<ReReadItems> done)
{
    // tt-rss keeps an edited article's id and sets its `updated` to the feed's new date for it,
    // if the feed gave one: sorted by that time (feed_dates), an edit comes first. An edit that
    // leaves the feed's date as it was cannot be told from no edit, so a slice of every article
    // is read too from `position`, an offset into tt-rss's own order (newest stored first,
    // which an edit does not change: new articles only move the slice back over some it read).
    const QJsonObject newest{{u"feed_id"_s, AllArticlesFeed},  {u"view_mode"_s, u"all_articles"_s},
                             {u"order_by"_s, u"feed_dates"_s}, {u"limit"_s, RecentItems},
                             {u"show_content"_s, true},        {u"include_attachments"_s, true}};
    m_api->call(u"getHeadlines"_s, newest, [this, position, answer = track(std::move(done))](TtRssReply reply) {
        if (!reply.ok())
            return answer(SyncResult<ReReadItems>::failure(errorOf(reply)));
        std::optional<QList<RemoteItem>> items = ttrss::parseHeadlines(reply.content);
        if (!items)
            return answer(SyncResult<ReReadItems>::failure(unreadableAnswer(tr("The server's list of articles was not understood."))));
        bool validPosition = false;
        const int skip = std::max(0, position.toInt(&validPosition));
        const QJsonObject slice{
            {u"feed_id"_s, AllArticlesFeed}, {u"view_mode"_s, u"all_articles"_s}, {u"skip"_s, validPosition ? skip : 0},
            {u"limit"_s, MaxPageSize},       {u"show_content"_s, true},           {u"include_attachments"_s, true}};
        m_api->call(u"getHeadlines"_s, slice, [answer, reRead = std::move(*items), skip](TtRssReply reply) mutable {
            if (!reply.ok())
                return answer(SyncResult<ReReadItems>::failure(errorOf(reply)));
            std::optional<QList<RemoteItem>> older = ttrss::parseHeadlines(reply.content);
            if (!older)
                return answer(SyncResult<ReReadItems>::failure(unreadableAnswer(tr("The server's list of articles was not understood."))));
            ReReadItems result;
            result.position = older->size() < MaxPageSize ? QString() : QString::number(skip + int(older->size()));
            result.items = std::move(reRead);
            result.items.append(std::move(*older));
            answer(SyncResult<ReReadItems>::success(std::move(result)));
        });
    });
}

void TtRssClient::unreadIds(SyncCallback<QStringList> done)
{
    collectIds({{u"feed_id"_s, AllArticlesFeed}, {u"view_mode"_s, u"unread"_s}}, 0, {}, track(std::move(done)));
}

void TtRssClient::starredIds(SyncCallback<QStringList> done)
{
    collectIds({{u"feed_id"_s, StarredFeed}, {u"view_mode"_s, u"all_articles"_s}}, 0, {}, track(std::move(done)));
}

bool TtRssClient::publishesArticles() const
{
    return true;
}

void TtRssClient::publishedIds(SyncCallback<QStringList> done)
{
    collectIds({{u"feed_id"_s, PublishedFeed}, {u"view_mode"_s, u"all_articles"_s}}, 0, {}, track(std::move(done)));
}

void TtRssClient::unreadCounts(SyncCallback<QHash<QString, int>> done)
{
    // getFeeds answers every feed's unread count with it (-3: every feed, uncategorised too).
    m_api->call(u"getFeeds"_s, {{u"cat_id"_s, -3}}, [answer = track(std::move(done))](TtRssReply reply) {
        if (!reply.ok())
            return answer(SyncResult<QHash<QString, int>>::failure(errorOf(reply)));
        if (!reply.content.isArray())
            return answer(SyncResult<QHash<QString, int>>::failure(unreadableAnswer(tr("The server's list of feeds was not understood."))));
        QHash<QString, int> counts;
        for (const QJsonValue &value : reply.content.toArray()) {
            const std::optional<qint64> id = ttrss::parseNumber(value.toObject().value("id"_L1));
            const std::optional<qint64> unread = ttrss::parseNumber(value.toObject().value("unread"_L1));
            if (id && *id > 0)
                counts.insert(QString::number(*id), int(std::clamp<qint64>(unread.value_or(0), 0, std::numeric_limits<int>::max())));
        }
        answer(SyncResult<QHash<QString, int>>::success(std::move(counts)));
    });
}

void TtRssClient::unreadIdsOfFeeds(const QStringList &feedIds, SyncCallback<QStringList> done)
{
    collectUnreadOfFeeds(feedIds, {}, track(std::move(done)));
}

bool TtRssClient::listsRecentlyRead() const
{
    return true;
}

void TtRssClient::recentlyReadIds(SyncCallback<QStringList> done)
{
    // tt-rss's "Recently read" feed: read articles whose last_read is within a day. tt-rss sets
    // last_read on every change of read state (API, web interface, Mark All as Read), so an
    // article read since the last sync is in it, and one made unread is not.
    collectIds({{u"feed_id"_s, RecentlyReadFeed}, {u"view_mode"_s, u"all_articles"_s}}, 0, {}, track(std::move(done)));
}

void TtRssClient::collectUnreadOfFeeds(QStringList feedIds, QStringList collected, SyncCallback<QStringList> done)
{
    if (feedIds.isEmpty())
        return done(SyncResult<QStringList>::success(std::move(collected)));
    const qint64 feedId = feedIds.takeFirst().toLongLong();
    collectIds({{u"feed_id"_s, feedId}, {u"view_mode"_s, u"unread"_s}}, 0, {},
               [this, feedIds = std::move(feedIds), collected = std::move(collected), done = std::move(done)](SyncResult<QStringList> ids) mutable {
                   if (!ids)
                       return done(std::move(ids));
                   collected += ids.value();
                   collectUnreadOfFeeds(std::move(feedIds), std::move(collected), std::move(done));
               });
}

void TtRssClient::collectIds(QJsonObject query, int skip, QStringList collected, SyncCallback<QStringList> done)
{
    query.insert(u"skip"_s, skip);
    query.insert(u"limit"_s, MaxPageSize);
    query.insert(u"show_content"_s, false);
    query.insert(u"include_attachments"_s, false);
    m_api->call(u"getHeadlines"_s, query, [this, query, skip, collected = std::move(collected), done = std::move(done)](TtRssReply reply) mutable {
        if (!reply.ok())
            return done(SyncResult<QStringList>::failure(errorOf(reply)));
        const std::optional<QStringList> ids = ttrss::parseHeadlineIds(reply.content);
        if (!ids)
            return done(SyncResult<QStringList>::failure(unreadableAnswer(tr("The server's list of articles was not understood."))));
        // A server that ignores `skip` would send the same page forever.
        if (!ids->isEmpty() && collected.contains(ids->constLast()))
            return done(SyncResult<QStringList>::failure({SyncErrorKind::Protocol,
                                                          tr("The server sent the same articles again while paging."), 0}));
        collected += *ids;
        if (ids->size() < MaxPageSize)
            return done(SyncResult<QStringList>::success(std::move(collected)));
        collectIds(query, skip + int(ids->size()), std::move(collected), std::move(done));
    });
}

void TtRssClient::sendStateChanges(const QList<StateChange> &changes, SyncCallback<Done> done)
{
    // The last change of an article's flag wins; then one request per (field, mode) and batch.
    QHash<QPair<qint64, int>, bool> latest;
    QList<QPair<qint64, int>> order;
    for (const StateChange &change : changes) {
        bool numeric = false;
        const qint64 id = change.itemId.toLongLong(&numeric);
        if (!numeric || id <= 0)
            continue; // not a tt-rss article id: nothing on the server can refer to it
        const QPair<qint64, int> key{id, int(change.flag)};
        if (!latest.contains(key))
            order.append(key);
        latest.insert(key, change.on);
    }
    QHash<QPair<int, int>, QStringList> idsByFieldAndMode;
    QList<QPair<int, int>> groups;
    for (const auto &key : std::as_const(order)) {
        const bool on = latest.value(key);
        const bool read = key.second == int(ItemFlag::Read);
        const int field = read ? UnreadField : key.second == int(ItemFlag::Starred) ? StarredField : PublishedField;
        // "Read" sets unread to false; "starred" sets marked to true.
        const int mode = read == on ? 0 : 1;
        const QPair<int, int> group{field, mode};
        if (!idsByFieldAndMode.contains(group))
            groups.append(group);
        idsByFieldAndMode[group].append(QString::number(key.first));
    }
    QList<QJsonObject> batches;
    for (const auto &group : std::as_const(groups)) {
        const QStringList ids = idsByFieldAndMode.value(group);
        for (qsizetype start = 0; start < ids.size(); start += StateChangeBatch) {
            batches.append({{u"article_ids"_s, ids.mid(start, StateChangeBatch).join(u',')},
                            {u"field"_s, group.first},
                            {u"mode"_s, group.second}});
        }
    }
    SyncCallback<Done> answer = track(std::move(done));
    if (batches.isEmpty())
        return answerLater(std::move(answer), SyncResult<Done>::success({}));
    sendBatches(std::move(batches), std::move(answer));
}

void TtRssClient::sendBatches(QList<QJsonObject> batches, SyncCallback<Done> done)
{
    const QJsonObject batch = batches.takeFirst();
    m_api->call(u"updateArticle"_s, batch, [this, batches = std::move(batches), done = std::move(done)](TtRssReply reply) mutable {
        if (!reply.ok())
            return done(SyncResult<Done>::failure(errorOf(reply)));
        if (batches.isEmpty())
            return done(SyncResult<Done>::success({}));
        sendBatches(std::move(batches), std::move(done));
    });
}

void TtRssClient::markFeedRead(const FeedReadMark &mark, SyncCallback<Done> done)
{
    SyncCallback<Done> answer = track(std::move(done));
    bool numeric = false;
    const qint64 feedId = mark.feedId.toLongLong(&numeric);
    if (!numeric || feedId <= 0)
        return answerLater(std::move(answer), SyncResult<Done>::success({})); // no tt-rss feed: nothing there to mark
    // catchupFeed reads every article of the feed, also those that reached the server after
    // the cursor of the mark, which nobody saw here: the unread ones among them are found
    // first and marked unread again after.
    const qint64 seen = ttrss::parseCursor(mark.upTo);
    const auto catchUp = [this, feedId](QStringList keepUnread, SyncCallback<Done> done) {
        const QJsonObject params{{u"feed_id"_s, feedId}, {u"is_cat"_s, false}, {u"mode"_s, u"all"_s}};
        m_api->call(u"catchupFeed"_s, params, [this, keepUnread = std::move(keepUnread), done = std::move(done)](TtRssReply reply) mutable {
            if (!reply.ok())
                return done(SyncResult<Done>::failure(errorOf(reply)));
            if (keepUnread.isEmpty())
                return done(SyncResult<Done>::success({}));
            QList<QJsonObject> batches;
            for (qsizetype start = 0; start < keepUnread.size(); start += StateChangeBatch)
                batches.append({{u"article_ids"_s, keepUnread.mid(start, StateChangeBatch).join(u',')}, {u"field"_s, UnreadField}, {u"mode"_s, 1}});
            sendBatches(std::move(batches), std::move(done));
        });
    };
    if (seen <= 0)
        return catchUp({}, std::move(answer));
    collectIds({{u"feed_id"_s, feedId}, {u"view_mode"_s, u"unread"_s}, {u"since_id"_s, seen}}, 0, {},
               [catchUp, answer = std::move(answer)](SyncResult<QStringList> unseen) mutable {
                   if (!unseen)
                       return answer(SyncResult<Done>::failure(unseen.error()));
                   catchUp(std::move(unseen).value(), std::move(answer));
               });
}

void TtRssClient::subscribe(const QString &feedUrl, const QString &category, SyncCallback<RemoteFeed> done)
{
    SyncCallback<RemoteFeed> answer = track(std::move(done));
    if (category.isEmpty())
        return subscribeInCategory(feedUrl, 0, std::move(answer));
    m_api->call(u"getCategories"_s, {{u"include_empty"_s, true}}, [this, feedUrl, category, answer = std::move(answer)](TtRssReply reply) mutable {
        if (!reply.ok())
            return answer(SyncResult<RemoteFeed>::failure(errorOf(reply)));
        const std::optional<QList<RemoteCategory>> categories = ttrss::parseCategories(reply.content);
        if (!categories)
            return answer(SyncResult<RemoteFeed>::failure(unreadableAnswer(tr("The server's list of categories was not understood."))));
        const auto found = std::find_if(categories->cbegin(), categories->cend(),
                                        [&](const RemoteCategory &c) { return c.title == category; });
        subscribeInCategory(feedUrl, found == categories->cend() ? 0 : found->id.toLongLong(), std::move(answer));
    });
}

void TtRssClient::subscribeInCategory(const QString &feedUrl, qint64 categoryId, SyncCallback<RemoteFeed> done)
{
    const QJsonObject params{{u"feed_url"_s, feedUrl}, {u"category_id"_s, categoryId}};
    m_api->call(u"subscribeToFeed"_s, params, [this, feedUrl, done = std::move(done)](TtRssReply reply) mutable {
        if (!reply.ok())
            return done(SyncResult<RemoteFeed>::failure(errorOf(reply)));
        const QJsonObject status = reply.content.toObject().value("status"_L1).toObject();
        const std::optional<qint64> code = ttrss::parseNumber(status.value("code"_L1));
        const auto refused = [&](const QString &message) {
            done(SyncResult<RemoteFeed>::failure({SyncErrorKind::Server, message, 0}));
        };
        if (!code)
            return done(SyncResult<RemoteFeed>::failure({SyncErrorKind::Protocol,
                                                         tr("The server's answer to the subscription was not understood."), 0}));
        switch (*code) {
        case 0: // already subscribed
        case 1: // added
            return findSubscribedFeed(ttrss::parseNumber(status.value("feed_id"_L1)).value_or(0), feedUrl, std::move(done));
        case 2: return refused(tr("tt-rss found no feed address in %1.").arg(feedUrl));
        case 3: return refused(tr("%1 is a web page without a feed.").arg(feedUrl));
        case 4: {
            QStringList found;
            const QJsonArray feeds = status.value("feeds"_L1).toArray();
            for (const QJsonValue &feed : feeds)
                found.append(feed.toString());
            return refused(tr("%1 offers several feeds; subscribe to one of them: %2").arg(feedUrl, found.join(u", "_s)));
        }
        case 5: return refused(tr("tt-rss could not download %1: %2").arg(feedUrl, status.value("message"_L1).toString()));
        default: return refused(tr("tt-rss could not subscribe to %1 (code %2).").arg(feedUrl).arg(*code));
        }
    });
}

void TtRssClient::findSubscribedFeed(qint64 feedId, const QString &feedUrl, SyncCallback<RemoteFeed> done)
{
    fetchFeeds([feedId, feedUrl, done = std::move(done)](SyncResult<QList<RemoteFeed>> feeds) {
        if (!feeds)
            return done(SyncResult<RemoteFeed>::failure(feeds.error()));
        const QString id = QString::number(feedId);
        const auto found = std::find_if(feeds.value().cbegin(), feeds.value().cend(),
                                        [&](const RemoteFeed &feed) { return feedId > 0 ? feed.id == id : feed.url == feedUrl; });
        if (found == feeds.value().cend())
            return done(SyncResult<RemoteFeed>::failure({SyncErrorKind::Server,
                                                         tr("tt-rss does not list the feed it subscribed to (%1).").arg(feedUrl), 0}));
        done(SyncResult<RemoteFeed>::success(*found));
    });
}

void TtRssClient::unsubscribe(const QString &feedId, SyncCallback<Done> done)
{
    m_api->call(u"unsubscribeFeed"_s, {{u"feed_id"_s, feedId.toLongLong()}}, [answer = track(std::move(done))](TtRssReply reply) {
        // Already gone from the server: the wanted state holds.
        if (reply.ok() || reply.apiError == "FEED_NOT_FOUND"_L1)
            return answer(SyncResult<Done>::success({}));
        answer(SyncResult<Done>::failure(errorOf(reply)));
    });
}

void TtRssClient::rename(const QString &feedId, const QString &title, SyncCallback<Done> done)
{
    Q_UNUSED(feedId)
    Q_UNUSED(title)
    answerLater(track(std::move(done)), SyncResult<Done>::failure({SyncErrorKind::Unsupported,
                                                                   tr("Tiny Tiny RSS cannot rename feeds through its API: rename the feed in "
                                                                      "tt-rss's web interface."),
                                                                   0}));
}

SyncError TtRssClient::categoriesUnsupported() const
{
    return {SyncErrorKind::Unsupported,
            tr("Tiny Tiny RSS cannot change categories through its API: change them in tt-rss's web interface "
               "(Preferences > Feeds), and the next sync brings them here."),
            0};
}

void TtRssClient::moveFeed(const QString &feedId, const QString &fromCategory, const QString &toCategory, SyncCallback<RemoteFeed> done)
{
    Q_UNUSED(feedId)
    Q_UNUSED(fromCategory)
    Q_UNUSED(toCategory)
    answerLater(track(std::move(done)), SyncResult<RemoteFeed>::failure(categoriesUnsupported()));
}

void TtRssClient::renameCategory(const QString &from, const QString &to, SyncCallback<Done> done)
{
    Q_UNUSED(from)
    Q_UNUSED(to)
    answerLater(track(std::move(done)), SyncResult<Done>::failure(categoriesUnsupported()));
}

void TtRssClient::deleteCategory(const QString &name, SyncCallback<Done> done)
{
    Q_UNUSED(name)
    answerLater(track(std::move(done)), SyncResult<Done>::failure(categoriesUnsupported()));
}

void TtRssClient::unreadCount(SyncCallback<int> done)
{
    m_api->call(u"getUnread"_s, {}, [answer = track(std::move(done))](TtRssReply reply) {
        if (!reply.ok())
            return answer(SyncResult<int>::failure(errorOf(reply)));
        const std::optional<qint64> unread = ttrss::parseNumber(reply.content.toObject().value("unread"_L1));
        if (!unread || *unread < 0)
            return answer(SyncResult<int>::failure({SyncErrorKind::Protocol, tr("The server's unread count was not understood."), 0}));
        answer(SyncResult<int>::success(int(std::min<qint64>(*unread, std::numeric_limits<int>::max()))));
    });
}

} // namespace freshet::sync
