// SPDX-License-Identifier: MIT
#pragma once

#include "feedreadmark.h"
#include "remotefeed.h"
#include "remoteitem.h"
#include "statechange.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

namespace freshet::sync {

/// Where and as whom a sync account logs in. The secret comes from the keychain for the
/// length of a session and is never stored or logged by a client.
struct AccountCredentials
{
    QUrl server; ///< tt-rss: the install's base URL (…/tt-rss/); Google Reader: the API base
    QString user;
    QString secret; ///< password (or an API password / app token)
};

struct RemoteCategory
{
    QString id;
    QString title;
};

/// One page of new or changed articles. An empty `continuation` means the last page;
/// `cursor` is what the next incremental sync passes back (opaque, stored per account).
struct ItemPage
{
    QList<RemoteItem> items;
    QString continuation;
    QString cursor;
};

/// The articles read again for edits in one sync: the newest, and a slice of the older ones
/// that moves on every sync. `position` is where the next sync's slice starts (opaque, stored
/// per account; empty: the slice reached the oldest article and starts again after the newest).
struct ReReadItems
{
    QList<RemoteItem> items;
    QString position;
};

enum class SyncErrorKind {
    Network,     ///< unreachable, timed out, TLS failure: try again later, lose nothing
    Server,      ///< 5xx or an error answer the server gave: try again later
    Login,       ///< wrong user or password, or re-login after an expired session failed:
                 ///< the user must log in again (GUI asks, CLI says so and exits 1)
    Protocol,    ///< an answer the client cannot read (not the protocol, not JSON, …)
    Unsupported, ///< the server or protocol cannot do this (for example rename on tt-rss)
    Cancelled,
};

/// Why a call failed, with a message meant for a person (translated, no secrets).
struct SyncError
{
    SyncErrorKind kind = SyncErrorKind::Network;
    QString message;
    int httpStatus = 0;
};

/// A call's answer: a value or a SyncError.
template <typename T>
class SyncResult final
{
public:
    static SyncResult success(T value) { return SyncResult(std::move(value), {}); }
    static SyncResult failure(SyncError error) { return SyncResult(std::nullopt, std::move(error)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const SyncError &error() const { return m_error; }

private:
    SyncResult(std::optional<T> value, SyncError error) : m_value(std::move(value)), m_error(std::move(error)) {}

    std::optional<T> m_value;
    SyncError m_error;
};

/// For calls that return nothing but success.
struct Done
{};

template <typename T>
using SyncCallback = std::function<void(SyncResult<T>)>;

/// What every sync protocol offers the sync engine. A client lives on one thread, makes its own
/// QNetworkAccessManager there, and never blocks it or spins a nested event loop: every call
/// returns at once and answers its callback exactly once, later, on that thread (also when the
/// client is destroyed first: then with Cancelled — callbacks must not outlive their captures'
/// owners, so the engine destroys clients before itself).
///
/// Sessions: login() opens one; a call that finds the session expired logs in again once with
/// the same credentials and repeats itself, and reports Login only when that fails.
class SyncClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncClient)

public:
    using QObject::QObject;
    ~SyncClient() override = default;

    /// "ttrss" or "greader": what accounts store and the CLI accepts.
    virtual QString protocol() const = 0;

    virtual void setCredentials(const AccountCredentials &credentials) = 0;
    /// Per-request timeout; calls never wait longer than this for one answer.
    virtual void setRequestTimeout(int milliseconds) = 0;

    virtual void login(SyncCallback<Done> done) = 0;
    virtual void logout(SyncCallback<Done> done) = 0;

    virtual void categories(SyncCallback<QList<RemoteCategory>> done) = 0;
    virtual void feeds(SyncCallback<QList<RemoteFeed>> done) = 0;

    /// Articles newer than `cursor` (empty: from the beginning), one page at a time: pass the
    /// previous page's continuation until it comes back empty. A page holds at most `pageSize`
    /// articles (clients may cap it lower, as the server does), so memory stays bounded.
    virtual void newItems(const QString &cursor, const QString &continuation, int pageSize, SyncCallback<ItemPage> done) = 0;
    /// Articles with their content for the sync to compare with what it stored: neither protocol
    /// lists edits as such. The newest, where an edit most likely is, and the slice of older ones
    /// from `position` (empty: just after the newest), so that over a round of syncs an edit to
    /// any article arrives. A bounded number, two requests (see each client for its window).
    virtual void reReadItems(const QString &position, SyncCallback<ReReadItems> done) = 0;
    /// The ids of every unread article, and of every starred article: the server's state, which
    /// wins over the local one for articles without a pending local change.
    virtual void unreadIds(SyncCallback<QStringList> done) = 0;
    virtual void starredIds(SyncCallback<QStringList> done) = 0;
    /// Whether the server keeps a public feed of articles its user published (tt-rss does; the
    /// Google Reader API has no such thing), and the ids of those articles.
    virtual bool publishesArticles() const = 0;
    virtual void publishedIds(SyncCallback<QStringList> done) = 0;
    /// Unread articles per feed (RemoteFeed::id → count; a feed left out has none) as the server
    /// counts them: one cheap call that tells which feeds have no unread article, so a sync asks
    /// for the unread ids of the others only (neither protocol can say which articles changed
    /// state since a time, and an unchanged count can hide a read and an unread).
    virtual void unreadCounts(SyncCallback<QHash<QString, int>> done) = 0;
    /// The ids of the unread articles of these feeds only.
    virtual void unreadIdsOfFeeds(const QStringList &feedIds, SyncCallback<QStringList> done) = 0;
    /// Whether recentlyReadIds() can answer: with it, a feed whose count agrees with the one
    /// here once those articles are read is proven unchanged (AccountSync::readUnread).
    virtual bool listsRecentlyRead() const = 0;
    /// The ids of every article read on the server within the last day, whoever read it and
    /// however; Unsupported where the protocol cannot list them (Google Reader).
    virtual void recentlyReadIds(SyncCallback<QStringList> done) = 0;
    /// Applies local read/star changes on the server (batched by the client as the protocol
    /// allows).
    virtual void sendStateChanges(const QList<StateChange> &changes, SyncCallback<Done> done) = 0;
    /// Marks every article of one feed read on the server in one call, but for those the server
    /// got after mark.upTo (the account's cursor when it was made) where the protocol can tell.
    virtual void markFeedRead(const FeedReadMark &mark, SyncCallback<Done> done) = 0;

    /// Subscribes the account to a feed URL; answers the feed as the server now lists it.
    virtual void subscribe(const QString &feedUrl, const QString &category, SyncCallback<RemoteFeed> done) = 0;
    virtual void unsubscribe(const QString &feedId, SyncCallback<Done> done) = 0;
    virtual void rename(const QString &feedId, const QString &title, SyncCallback<Done> done) = 0;

    // Folders: the server's categories (Google Reader's labels) by name. A protocol that cannot
    // change them (tt-rss) answers Unsupported, saying where to change them instead.
    /// Moves a feed from one category to another (either empty: none); answers the feed as the
    /// server now lists it, since a server may put it elsewhere (FreshRSS: its default category).
    virtual void moveFeed(const QString &feedId, const QString &fromCategory, const QString &toCategory, SyncCallback<RemoteFeed> done) = 0;
    /// Renames a category; its feeds stay in it.
    virtual void renameCategory(const QString &from, const QString &to, SyncCallback<Done> done) = 0;
    /// Deletes a category; its feeds stay subscribed, in no category (or the server's default).
    virtual void deleteCategory(const QString &name, SyncCallback<Done> done) = 0;

    /// Total unread articles as the server counts them (progress estimates, `sync --json`).
    virtual void unreadCount(SyncCallback<int> done) = 0;
};

} // namespace freshet::sync
