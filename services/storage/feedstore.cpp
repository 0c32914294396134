// SPDX-License-Identifier: MIT
#include "feedstore.h"

#include "database.h"
#include "diagnostics/logcategories.h"
#include "sqlrows.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

FeedStore::FeedStore(QString connectionName) : StoreConnection(std::move(connectionName)) {}

Result<std::unique_ptr<FeedStore>> FeedStore::open(const QString &path, const QString &connectionName)
{
    Result<QSqlDatabase> db = openDatabase(path, connectionName);
    if (!db) {
        qCDebug(lcStore).noquote() << connectionName << "could not open" << path << db.error();
        return Result<std::unique_ptr<FeedStore>>::failure(db.error());
    }
    qCDebug(lcStore).noquote() << connectionName << "opened" << path;
    return Result<std::unique_ptr<FeedStore>>::success(std::unique_ptr<FeedStore>(new FeedStore(connectionName)));
}

Status FeedStore::checkIntegrity()
{
    QSqlQuery check(database());
    bool sound = check.exec(u"PRAGMA quick_check(1)"_s);
    if (sound) {
        const Result<bool> row = nextRow(check);
        sound = row && row.value() && check.value(0).toString() == u"ok"_s;
    }
    check.finish();
    if (sound)
        return Status::success();
    QSqlQuery(u"PRAGMA query_only = ON"_s, database());
    return Status::failure(damagedDatabaseMessage());
}

} // namespace freshet
