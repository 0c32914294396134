// SPDX-License-Identifier: MIT
#include "opmlimport.h"

#include "network/feedurl.h"
#include "storage/database.h"
#include "storage/feedstore.h"

#include <QSqlError>
#include <QUrl>

namespace freshet {

Result<OpmlImport> importSubscriptions(FeedStore &store, const OpmlDocument &document)
{
    QSqlDatabase db = store.database();
    if (!db.transaction())
        return Result<OpmlImport>::failure(describeSqlError(db.lastError()));
    OpmlImport result;
    result.problems = document.problems;
    for (const OpmlOutline &outline : document.feeds) {
        Result<QUrl> url = validateFeedUrl(outline.url);
        if (!url) {
            result.problems << url.error();
            continue;
        }
        const QString address = url.value().toString(QUrl::FullyEncoded);
        Result<std::optional<Feed>> existing = store.localFeedByUrl(address);
        if (existing && existing.value()) {
            ++result.alreadySubscribed;
            continue;
        }
        Result<Feed> feed = store.addFeed(address, outline.category, outline.title);
        if (!feed) {
            db.rollback();
            return Result<OpmlImport>::failure(feed.error());
        }
        ++result.added;
    }
    if (Status kept = store.keepFolders(localAccountId, document.folders); !kept) {
        db.rollback();
        return Result<OpmlImport>::failure(kept.error());
    }
    if (!db.commit()) {
        const QString error = describeSqlError(db.lastError());
        db.rollback();
        return Result<OpmlImport>::failure(error);
    }
    return Result<OpmlImport>::success(std::move(result));
}

OpmlDocument subscriptionsDocument(const QList<Feed> &feeds, const QList<Folder> &folders, const QString &title)
{
    OpmlDocument document;
    document.title = title;
    // This device's folders; a sync account's are its server's own to export.
    for (const Folder &folder : folders) {
        if (folder.accountId == localAccountId)
            document.folders << folder.path;
    }
    for (const Feed &feed : feeds) {
        // A sync account's archive has a made-up address: no reader could subscribe to it.
        const QString scheme = QUrl(feed.url).scheme();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            continue;
        document.feeds << OpmlOutline{feed.url, feed.shownTitle(), feed.siteLink, feed.category};
    }
    return document;
}

} // namespace freshet
