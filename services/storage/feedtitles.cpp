// SPDX-License-Identifier: MIT
// FeedRecords: the names people give feeds, kept apart from the titles fetches and syncs write.
#include "feedrecords.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

/// The translation context of this file's messages.
class FeedTitleMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::FeedTitleMessages)
};

namespace {

/// Runs one UPDATE of one feed as its own transaction; a feed that is gone is an error, not a
/// silent success.
Status updateOneFeed(QSqlDatabase db, const QString &sql, std::initializer_list<QVariant> values)
{
    if (!db.transaction())
        return Status::failure(FeedTitleMessages::tr("The feed could not be renamed: %1").arg(describeSqlError(db.lastError())));
    QSqlQuery update(db);
    update.prepare(sql);
    bindValues(update, values);
    if (!update.exec()) {
        const QString error = describeSqlError(update.lastError());
        db.rollback();
        return Status::failure(FeedTitleMessages::tr("The feed could not be renamed: %1").arg(error));
    }
    if (update.numRowsAffected() != 1) {
        db.rollback();
        return Status::failure(FeedTitleMessages::tr("The feed could not be renamed: it is no longer subscribed."));
    }
    if (!db.commit()) {
        const QString error = describeSqlError(db.lastError());
        db.rollback();
        return Status::failure(FeedTitleMessages::tr("The feed could not be renamed: %1").arg(error));
    }
    return Status::success();
}

} // namespace

Status FeedRecords::renameFeed(qint64 feedId, const QString &title)
{
    return updateOneFeed(database(), u"UPDATE feeds SET custom_title = ? WHERE id = ?"_s, {title.simplified(), feedId});
}

Status FeedRecords::storeServerTitle(qint64 feedId, const QString &title)
{
    return updateOneFeed(database(), u"UPDATE feeds SET title = ?, custom_title = '' WHERE id = ? AND account_id != ?"_s,
                         {title.simplified(), feedId, localAccountId});
}

} // namespace freshet
