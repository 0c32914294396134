// SPDX-License-Identifier: MIT
#pragma once

#include "storage/feedstore.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

/// Looks into (and, to stage a fault, edits) a profile's database the way Freshet itself
/// stores sync accounts, from a test that drives the `freshet` binary on that profile.
class SyncProfile final
{
public:
    explicit SyncProfile(QString databasePath) : m_databasePath(std::move(databasePath)) {}

    /// The first column of the first row of a query.
    QVariant scalar(const QString &sql) const
    {
        freshet::Result<std::unique_ptr<freshet::FeedStore>> store = freshet::FeedStore::open(m_databasePath, QStringLiteral("peek"));
        if (!store)
            return {};
        QSqlQuery query(store.value()->database());
        QVariant value = query.exec(sql) && query.next() ? query.value(0) : QVariant();
        query.finish();
        return value;
    }

    /// Runs one statement behind Freshet's back, to stage what a test needs.
    bool exec(const QString &sql) const
    {
        freshet::Result<std::unique_ptr<freshet::FeedStore>> store = freshet::FeedStore::open(m_databasePath, QStringLiteral("stage"));
        return store && QSqlQuery(store.value()->database()).exec(sql);
    }

    int syncedItems() const { return scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE remote_id IS NOT NULL")).toInt(); }

    /// What syncing until an edited article arrived took: the syncs, and the updated articles
    /// they reported in all.
    struct EditArrival
    {
        int syncs = 0;
        int updatedItems = 0;
    };
    /// Syncs (sync() runs one and answers its JSON) until the title titleQuery reads ends with
    /// the server's "(edit 1)", at most `round` times: the rolling re-read's check, per server.
    template <typename Sync>
    EditArrival syncUntilEdited(const QString &titleQuery, int round, Sync sync) const
    {
        EditArrival arrival;
        while (arrival.syncs < round && !scalar(titleQuery).toString().endsWith(QStringLiteral("(edit 1)"))) {
            arrival.updatedItems += sync()[QStringLiteral("updatedItems")].toInt();
            ++arrival.syncs;
        }
        return arrival;
    }

    /// Points the account at another address (an unreachable port, a failing server).
    bool setServer(const QString &accountName, const QString &address) const
    {
        freshet::Result<std::unique_ptr<freshet::FeedStore>> store = freshet::FeedStore::open(m_databasePath, QStringLiteral("edit"));
        if (!store)
            return false;
        QSqlQuery query(store.value()->database());
        query.prepare(QStringLiteral("UPDATE accounts SET server = ? WHERE name = ?"));
        query.addBindValue(address);
        query.addBindValue(accountName);
        return query.exec() && query.numRowsAffected() == 1;
    }

    /// Marks a synced article read and starred as the window's Toggle Read and Toggle Star do.
    bool readAndStar(const QString &remoteId) const
    {
        freshet::Result<std::unique_ptr<freshet::FeedStore>> store = freshet::FeedStore::open(m_databasePath, QStringLiteral("reader"));
        if (!store)
            return false;
        QSqlQuery find(store.value()->database());
        if (!find.exec(QStringLiteral("SELECT id FROM items WHERE remote_id = '%1'").arg(remoteId)) || !find.next())
            return false;
        const qint64 local = find.value(0).toLongLong();
        find.finish();
        return store.value()->setRead({local}, true).ok() && store.value()->setStarred(local, true).ok();
    }

private:
    QString m_databasePath;
};
