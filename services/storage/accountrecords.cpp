// SPDX-License-Identifier: MIT
// AccountRecords: sync accounts. Their passwords live in the keychain under credentialKey.
#include "accountrecords.h"

#include "database.h"
#include "sqlrows.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

class AccountStoreMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::AccountStoreMessages)
};

namespace {

const QString accountColumns = u"a.id, a.name, a.protocol, a.server, a.user_name, a.added_at, a.sync_cursor, a.last_sync_at, a.last_sync_result, "
                               "a.last_sync_error, a.login_needed, a.state_checked_at, a.reread_position, "
                               "(SELECT COUNT(*) FROM feeds f WHERE f.account_id = a.id), "
                               "(SELECT COALESCE(SUM(f.unread_count), 0) FROM feeds f WHERE f.account_id = a.id), "
                               "(SELECT COUNT(*) FROM pending_state_changes p WHERE p.account_id = a.id) "
                               "+ (SELECT COUNT(*) FROM pending_feed_marks m WHERE m.account_id = a.id)"_s;

Account accountFromRow(const QSqlQuery &query, const QString &profileTag)
{
    Account account;
    int c = 0;
    account.id = query.value(c++).toLongLong();
    account.name = query.value(c++).toString();
    account.protocol = query.value(c++).toString();
    account.server = query.value(c++).toString();
    account.user = query.value(c++).toString();
    account.addedAt = timeFromSql(query.value(c++));
    account.syncCursor = query.value(c++).toString();
    account.lastSyncAt = timeFromSql(query.value(c++));
    account.lastSyncResult = query.value(c++).toString();
    account.lastSyncError = query.value(c++).toString();
    account.loginNeeded = query.value(c++).toBool();
    account.stateCheckedAt = timeFromSql(query.value(c++));
    account.reReadPosition = query.value(c++).toString();
    account.feedCount = query.value(c++).toInt();
    account.unreadCount = query.value(c++).toInt();
    account.pendingChanges = query.value(c++).toInt();
    account.credentialKey = u"account/%1/%2"_s.arg(profileTag).arg(account.id);
    return account;
}

} // namespace

Result<QList<Account>> AccountRecords::accounts() const
{
    Result<QString> tag = profileTag();
    if (!tag)
        return Result<QList<Account>>::failure(tag.error());
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + accountColumns + u" FROM accounts a ORDER BY a.id"_s))
        return Result<QList<Account>>::failure(describeSqlError(query.lastError()));
    QList<Account> accounts;
    if (Status read = forEachRow(query, [&] { accounts << accountFromRow(query, tag.value()); }); !read)
        return Result<QList<Account>>::failure(read.error());
    return Result<QList<Account>>::success(std::move(accounts));
}

Result<std::optional<Account>> AccountRecords::accountByName(const QString &name) const
{
    Result<QList<Account>> all = accounts();
    if (!all)
        return Result<std::optional<Account>>::failure(all.error());
    for (const Account &account : all.value()) {
        if (account.name.compare(name, Qt::CaseInsensitive) == 0)
            return Result<std::optional<Account>>::success(account);
    }
    return Result<std::optional<Account>>::success(std::nullopt);
}

Result<std::optional<Account>> AccountRecords::accountById(qint64 accountId) const
{
    Result<QList<Account>> all = accounts();
    if (!all)
        return Result<std::optional<Account>>::failure(all.error());
    for (const Account &account : all.value()) {
        if (account.id == accountId)
            return Result<std::optional<Account>>::success(account);
    }
    return Result<std::optional<Account>>::success(std::nullopt);
}

Result<Account> AccountRecords::addAccount(const QString &name, const QString &protocol, const QString &server, const QString &user)
{
    Result<std::optional<Account>> existing = accountByName(name);
    if (!existing)
        return Result<Account>::failure(existing.error());
    if (existing.value())
        return Result<Account>::failure(AccountStoreMessages::tr("There is already an account named “%1”.").arg(name));
    QSqlQuery insert(database());
    insert.prepare(u"INSERT INTO accounts (name, protocol, server, user_name, added_at) VALUES (?, ?, ?, ?, ?)"_s);
    bindValues(insert, {name, protocol, server, user, QDateTime::currentMSecsSinceEpoch()});
    if (!insert.exec())
        return Result<Account>::failure(describeSqlError(insert.lastError()));
    Result<std::optional<Account>> added = accountById(insert.lastInsertId().toLongLong());
    if (!added || !added.value())
        return Result<Account>::failure(added ? AccountStoreMessages::tr("The new account could not be read back.") : added.error());
    return Result<Account>::success(*added.value());
}

Status AccountRecords::removeAccount(qint64 accountId)
{
    if (accountId == localAccountId)
        return Status::failure(AccountStoreMessages::tr("The local account cannot be removed."));
    QSqlQuery remove(database());
    remove.prepare(u"DELETE FROM accounts WHERE id = ?"_s);
    remove.addBindValue(accountId);
    if (!remove.exec())
        return Status::failure(describeSqlError(remove.lastError()));
    return Status::success();
}

Status AccountRecords::setAccountLoginNeeded(qint64 accountId, bool needed)
{
    QSqlQuery update(database());
    update.prepare(u"UPDATE accounts SET login_needed = ? WHERE id = ?"_s);
    update.addBindValue(needed ? 1 : 0);
    update.addBindValue(accountId);
    if (!update.exec())
        return Status::failure(describeSqlError(update.lastError()));
    return Status::success();
}

Status AccountRecords::recordSync(qint64 accountId, const QString &result, const QString &error, const QString &cursor)
{
    QSqlQuery update(database());
    update.prepare(u"UPDATE accounts SET last_sync_at = ?, last_sync_result = ?, last_sync_error = ?, "
                   "sync_cursor = CASE WHEN ? THEN ? ELSE sync_cursor END WHERE id = ?"_s);
    bindValues(update, {QDateTime::currentMSecsSinceEpoch(), result, error, !cursor.isNull(), cursor, accountId});
    if (!update.exec())
        return Status::failure(describeSqlError(update.lastError()));
    return Status::success();
}

Status AccountRecords::recordFullStateCheck(qint64 accountId)
{
    QSqlQuery update(database());
    update.prepare(u"UPDATE accounts SET state_checked_at = ? WHERE id = ?"_s);
    bindValues(update, {QDateTime::currentMSecsSinceEpoch(), accountId});
    if (!update.exec())
        return Status::failure(describeSqlError(update.lastError()));
    return Status::success();
}

Result<QHash<QString, int>> AccountRecords::syncedUnreadCounts(qint64 accountId) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT f.remote_id, (SELECT COUNT(*) FROM items i WHERE i.feed_id = f.id AND i.read = 0) "
                  "FROM feeds f WHERE f.account_id = ? AND f.remote_id IS NOT NULL"_s);
    query.addBindValue(accountId);
    if (!query.exec())
        return Result<QHash<QString, int>>::failure(describeSqlError(query.lastError()));
    QHash<QString, int> counts;
    if (Status read = forEachRow(query, [&] { counts.insert(query.value(0).toString(), query.value(1).toInt()); }); !read)
        return Result<QHash<QString, int>>::failure(read.error());
    return Result<QHash<QString, int>>::success(std::move(counts));
}

Status AccountRecords::setSyncCursor(qint64 accountId, const QString &cursor)
{
    QSqlQuery update(database());
    update.prepare(u"UPDATE accounts SET sync_cursor = ? WHERE id = ?"_s);
    bindValues(update, {cursor, accountId});
    if (!update.exec())
        return Status::failure(describeSqlError(update.lastError()));
    return Status::success();
}

Status AccountRecords::setReReadPosition(qint64 accountId, const QString &position)
{
    QSqlQuery update(database());
    update.prepare(u"UPDATE accounts SET reread_position = ? WHERE id = ?"_s);
    bindValues(update, {position, accountId});
    if (!update.exec())
        return Status::failure(describeSqlError(update.lastError()));
    return Status::success();
}

} // namespace freshet
