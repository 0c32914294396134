// SPDX-License-Identifier: MIT
// LoginRecords: which feeds need a login, and the keychain key of each one's secret.
#include "loginrecords.h"

#include "database.h"
#include "sqlrows.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

Result<QString> LoginRecords::credentialKey(qint64 feedId) const
{
    Result<QString> tag = profileTag();
    if (!tag)
        return tag;
    return Result<QString>::success(u"feed/%1/%2"_s.arg(tag.value()).arg(feedId));
}

Result<FeedLogin> LoginRecords::login(qint64 feedId) const
{
    Result<QString> key = credentialKey(feedId);
    if (!key)
        return Result<FeedLogin>::failure(key.error());
    QSqlQuery &query = statement(u"SELECT kind, user_name, given_for FROM feed_logins WHERE feed_id = ?"_s);
    query.addBindValue(feedId);
    if (!query.exec())
        return Result<FeedLogin>::failure(describeSqlError(query.lastError()));
    FeedLogin login;
    login.credentialKey = key.value();
    const Result<bool> found = nextRow(query);
    if (found && found.value()) {
        login.kind = loginKindFromName(query.value(0).toString());
        login.user = query.value(1).toString();
        login.givenFor = QUrl(query.value(2).toString());
    }
    query.finish();
    if (!found)
        return Result<FeedLogin>::failure(found.error());
    return Result<FeedLogin>::success(login);
}

Result<QHash<qint64, FeedLogin>> LoginRecords::logins() const
{
    Result<QString> prefix = credentialKey(0);
    if (!prefix)
        return Result<QHash<qint64, FeedLogin>>::failure(prefix.error());
    QSqlQuery &query = statement(u"SELECT feed_id, kind, user_name, given_for FROM feed_logins"_s);
    if (!query.exec())
        return Result<QHash<qint64, FeedLogin>>::failure(describeSqlError(query.lastError()));
    QHash<qint64, FeedLogin> found;
    const QString keyStem = prefix.value().chopped(1); // "feed/<tag>/"
    const Status read = forEachRow(query, [&] {
        const qint64 feedId = query.value(0).toLongLong();
        found.insert(feedId, FeedLogin{loginKindFromName(query.value(1).toString()), query.value(2).toString(),
                                       keyStem + QString::number(feedId), QUrl(query.value(3).toString())});
    });
    query.finish();
    if (!read)
        return Result<QHash<qint64, FeedLogin>>::failure(read.error());
    return Result<QHash<qint64, FeedLogin>>::success(std::move(found));
}

Status LoginRecords::setLogin(qint64 feedId, LoginKind kind, const QString &user, const QUrl &givenFor)
{
    QSqlQuery &query = kind == LoginKind::None
                           ? statement(u"DELETE FROM feed_logins WHERE feed_id = ?"_s)
                           : statement(u"INSERT INTO feed_logins (feed_id, kind, user_name, given_for) VALUES (?, ?, ?, ?) "
                                       "ON CONFLICT (feed_id) DO UPDATE SET kind = excluded.kind, user_name = excluded.user_name, "
                                       "given_for = excluded.given_for"_s);
    if (kind == LoginKind::None)
        query.addBindValue(feedId);
    else
        bindValues(query, {feedId, loginKindName(kind), kind == LoginKind::Basic ? user : QString(),
                           givenFor.toString(QUrl::RemoveUserInfo | QUrl::FullyEncoded)});
    if (!query.exec())
        return Status::failure(describeSqlError(query.lastError()));
    return Status::success();
}

} // namespace freshet
