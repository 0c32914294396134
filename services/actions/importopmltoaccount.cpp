// SPDX-License-Identifier: MIT
#include "importopmltoaccount.h"

#include "network/feedurl.h"
#include "opml/opml.h"
#include "opml/opmlfile.h"
#include "storage/storethread.h"
#include "sync/subscriptionedit.h"
#include "syncedfeedaccount.h"

#include <QCoreApplication>

#include <memory>

namespace freshet::actions {

namespace {

class ImportOpmlToAccountMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::ImportOpmlToAccountMessages)
};

/// What the file asks the account for: its usable feeds not on the account yet.
struct Wanted
{
    QList<OpmlOutline> feeds;
    int alreadySubscribed = 0;
    QStringList problems;
};

Result<Wanted> readWanted(FeedStore &store, const QString &path, qint64 accountId)
{
    const Result<QByteArray> bytes = readOpmlFile(path);
    if (!bytes)
        return Result<Wanted>::failure(bytes.error()); // names the file and why
    const Result<OpmlDocument> document = readOpml(bytes.value());
    if (!document) {
        return Result<Wanted>::failure(
            ImportOpmlToAccountMessages::tr("Nothing was imported from %1: %2").arg(opmlFileName(path), document.error()));
    }
    Wanted wanted;
    wanted.problems = document.value().problems;
    QStringList addresses;
    for (const OpmlOutline &outline : document.value().feeds) {
        const Result<QUrl> url = validateFeedUrl(outline.url);
        if (!url) {
            wanted.problems << url.error();
            continue;
        }
        OpmlOutline usable = outline;
        usable.url = url.value().toString(QUrl::FullyEncoded);
        if (addresses.contains(usable.url))
            continue; // listed twice in the file: once is enough
        addresses << usable.url;
        wanted.feeds << usable;
    }
    const Result<QList<Feed>> held = store.feedsByUrl(addresses);
    if (!held)
        return Result<Wanted>::failure(held.error());
    for (const Feed &feed : held.value()) {
        if (feed.accountId != accountId)
            continue;
        const auto before = wanted.feeds.size();
        wanted.feeds.removeIf([&feed](const OpmlOutline &outline) { return outline.url == feed.url; });
        wanted.alreadySubscribed += int(before - wanted.feeds.size());
    }
    return Result<Wanted>::success(std::move(wanted));
}

/// The import as it goes, shared by the subscriptions' answers.
struct Run
{
    Account account;
    QString secret;
    QString fileName;
    Wanted wanted;
    int next = 0;
    int added = 0;
    QObject *context = nullptr;
    std::function<void(int, int)> progress;
    std::function<void(const Outcome &)> done;
};

Outcome finished(const Run &run)
{
    Outcome outcome = Outcome::done(
        ImportOpmlToAccountMessages::tr("Subscribed account “%1” to %n feed(s) of %2", nullptr, run.added).arg(run.account.name, run.fileName)
        + u"; " + ImportOpmlToAccountMessages::tr("%n already subscribed", nullptr, run.wanted.alreadySubscribed) + u"; "
        + ImportOpmlToAccountMessages::tr("%n skipped", nullptr, int(run.wanted.problems.size())) + u'.');
    for (const QString &problem : run.wanted.problems)
        outcome.details << ImportOpmlToAccountMessages::tr("skipped: %1").arg(problem);
    return outcome;
}

void subscribeNext(const std::shared_ptr<Run> &run)
{
    if (run->next >= run->wanted.feeds.size()) {
        run->done(finished(*run));
        return;
    }
    const OpmlOutline outline = run->wanted.feeds.at(run->next++);
    auto *edit = sync::SubscriptionEdit::subscribe(run->account, run->secret, outline.url, outline.category, run->context);
    QObject::connect(edit, &sync::SubscriptionEdit::done, run->context, [run, outline](const sync::SyncError &error) {
        if (error.message.isEmpty()) {
            ++run->added;
        } else if (error.kind == sync::SyncErrorKind::Login || error.kind == sync::SyncErrorKind::Network) {
            // Every later one would fail the same way: stop, saying how far it got.
            const Outcome sofar = finished(*run);
            run->done(Outcome::failed(error.kind == sync::SyncErrorKind::Login ? Failure::LoginNeeded : Failure::Server,
                                      ImportOpmlToAccountMessages::tr("The import stopped at %1: %2").arg(outline.url, error.message)
                                          + u' ' + sofar.message));
            return;
        } else {
            run->wanted.problems << ImportOpmlToAccountMessages::tr("%1: the server refused it: %2").arg(outline.url, error.message);
        }
        run->progress(run->next, int(run->wanted.feeds.size()));
        subscribeNext(run);
    });
}

} // namespace

void importOpmlToAccount(const ActionServices &services, const QString &path, qint64 accountId, QObject *context,
                         std::function<void(int sent, int total)> progress, std::function<void(const Outcome &)> done)
{
    readAccountLogin(
        services, accountId, context,
        [services, path, accountId, context, progress, done](const Account &account, const QString &secret) {
            services.store->post([path, accountId](FeedStore &store) { return readWanted(store, path, accountId); }, context,
                                 [account, secret, path, context, progress, done](const Result<Wanted> &wanted) {
                                     if (!wanted) {
                                         done(Outcome::failed(Failure::Input, wanted.error()));
                                         return;
                                     }
                                     auto run = std::make_shared<Run>(Run{account, secret, opmlFileName(path), wanted.value(), 0, 0,
                                                                          context, progress, done});
                                     progress(0, int(run->wanted.feeds.size()));
                                     subscribeNext(run);
                                 });
        },
        done);
}

} // namespace freshet::actions
