// SPDX-License-Identifier: MIT
// Feed logins in the store (kind and user name only), and the migration ledger that lets
// migrations numbered on parallel branches merge.
#include "storage/database.h"
#include "storage/feedstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestFeedLogins final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<FeedStore> open(const QString &name)
    {
        Result<std::unique_ptr<FeedStore>> store = FeedStore::open(m_dir.filePath(u"freshet.db"_s), name);
        if (!store)
            qFatal("cannot open store: %s", qPrintable(store.error()));
        return std::move(store).value();
    }

private slots:
    void init() { QFile::remove(m_dir.filePath(u"freshet.db"_s)); }

    void loginRoundTripsWithoutASecret()
    {
        auto store = open(u"roundtrip"_s);
        const Feed feed = store->addFeed(u"https://example.org/private.xml"_s).value();
        Result<FeedLogin> none = store->login(feed.id);
        QVERIFY(none.ok());
        QVERIFY(!none.value().isSet());
        QVERIFY(none.value().credentialKey.startsWith(u"feed/"_s));
        QVERIFY(none.value().credentialKey.endsWith(u'/' + QString::number(feed.id)));

        QVERIFY(store->setLogin(feed.id, LoginKind::Basic, u"ana"_s, QUrl(feed.url)).ok());
        const FeedLogin basic = store->login(feed.id).value();
        QCOMPARE(basic.kind, LoginKind::Basic);
        QCOMPARE(basic.user, u"ana"_s);
        QCOMPARE(basic.credentialKey, none.value().credentialKey);
        QCOMPARE(store->logins().value().value(feed.id).credentialKey, basic.credentialKey);

        // A token login has no user name.
        QVERIFY(store->setLogin(feed.id, LoginKind::Bearer, u"ignored"_s, QUrl(feed.url)).ok());
        QCOMPARE(store->login(feed.id).value().kind, LoginKind::Bearer);
        QCOMPARE(store->login(feed.id).value().user, QString());

        QVERIFY(store->setLogin(feed.id, LoginKind::None, {}, {}).ok());
        QVERIFY(store->logins().value().isEmpty());
    }

    void aLoginKeepsTheAddressItWasGivenFor()
    {
        auto store = open(u"givenfor"_s);
        // Subscribed where a redirect led; the login was typed for the address before it.
        const Feed feed = store->addFeed(u"https://b.example/feed.xml"_s).value();
        QVERIFY(store->setLogin(feed.id, LoginKind::Basic, u"bob"_s, QUrl(u"https://a.example/feed.xml"_s)).ok());
        QCOMPARE(store->login(feed.id).value().givenFor, QUrl(u"https://a.example/feed.xml"_s));
        QCOMPARE(store->logins().value().value(feed.id).givenFor, QUrl(u"https://a.example/feed.xml"_s));
        // Logging in again replaces it.
        QVERIFY(store->setLogin(feed.id, LoginKind::Basic, u"bob"_s, QUrl(feed.url)).ok());
        QCOMPARE(store->login(feed.id).value().givenFor, QUrl(feed.url));
    }

    void migrationTenBindsExistingLoginsToTheFeedsAddress()
    {
        auto store = open(u"upgrade10"_s);
        const Feed feed = store->addFeed(u"https://example.org/private.xml"_s).value();
        QVERIFY(store->setLogin(feed.id, LoginKind::Basic, u"ana"_s, QUrl(u"https://elsewhere.example/"_s)).ok());
        {
            // Back to exactly what version 9 had.
            QSqlQuery downgrade(store->database());
            for (const QString &statement : {u"ALTER TABLE feed_logins DROP COLUMN given_for"_s,
                                             u"DELETE FROM schema_migrations WHERE version = 10"_s, u"PRAGMA user_version = 9"_s})
                QVERIFY2(downgrade.exec(statement), qPrintable(statement));
        }
        store.reset();
        store = open(u"upgraded10"_s);
        const FeedLogin login = store->login(feed.id).value();
        QCOMPARE(login.user, u"ana"_s);
        QCOMPARE(login.givenFor, QUrl(feed.url));
    }

    void removingAFeedRemovesItsLogin()
    {
        auto store = open(u"cascade"_s);
        const Feed feed = store->addFeed(u"https://example.org/a.xml"_s).value();
        QVERIFY(store->setLogin(feed.id, LoginKind::Basic, u"ana"_s, QUrl(feed.url)).ok());
        QVERIFY(store->removeFeed(feed.id).ok());
        QVERIFY(store->logins().value().isEmpty());
    }

    void eachProfileHasItsOwnKeyPrefix()
    {
        auto first = open(u"first"_s);
        const QString firstKey = first->login(1).value().credentialKey;
        first.reset();
        QFile::remove(m_dir.filePath(u"freshet.db"_s));
        auto second = open(u"second"_s);
        QVERIFY2(second->login(1).value().credentialKey != firstKey, qPrintable(firstKey));
    }

    void migrationsAreRecordedByNumber()
    {
        auto store = open(u"ledger"_s);
        QSqlQuery version(u"PRAGMA user_version"_s, store->database());
        QVERIFY(version.next());
        QCOMPARE(version.value(0).toInt(), latestSchemaVersion());
        QVERIFY(latestSchemaVersion() >= 5);
        QSqlQuery applied(u"SELECT group_concat(version) FROM (SELECT version FROM schema_migrations ORDER BY version)"_s, store->database());
        QVERIFY(applied.next());
        QStringList every;
        for (int version = 1; version <= latestSchemaVersion(); ++version)
            every << QString::number(version);
        QCOMPARE(applied.value(0).toString(), every.join(u','));
    }

    void aMigrationMergedBelowTheVersionStillRuns()
    {
        // As if 005 ran on its branch before another branch's lower-numbered file arrived:
        // the ledger lacks 3 although user_version is past it, so 3 runs again on opening.
        {
            auto store = open(u"merged"_s);
            QSqlQuery(u"DELETE FROM schema_migrations WHERE version = 3"_s, store->database());
            // 003 drops a trigger; put it back so running 003 again finds it.
            QSqlQuery(u"CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN SELECT 1; END"_s, store->database());
        }
        auto reopened = open(u"merged2"_s);
        QSqlQuery three(u"SELECT COUNT(*) FROM schema_migrations WHERE version = 3"_s, reopened->database());
        QVERIFY(three.next());
        QCOMPARE(three.value(0).toInt(), 1);
        QSqlQuery trigger(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'items_fts_insert'"_s, reopened->database());
        QVERIFY(trigger.next());
        QCOMPARE(trigger.value(0).toInt(), 0);
    }

    void aDatabaseFromBeforeTheLedgerKeepsItsVersions()
    {
        {
            auto store = open(u"old"_s);
            QSqlQuery(u"DROP TABLE schema_migrations"_s, store->database());
        }
        auto reopened = open(u"old2"_s);
        QSqlQuery count(u"SELECT COUNT(*) FROM schema_migrations"_s, reopened->database());
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), latestSchemaVersion()); // 1…latest, nothing ran twice
    }
};

QTEST_GUILESS_MAIN(TestFeedLogins)
#include "tst_feedlogins.moc"
