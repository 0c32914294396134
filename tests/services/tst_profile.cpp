// SPDX-License-Identifier: MIT
#include "profile/profile.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using freshet::Profile;

class TestProfile final : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv(Profile::environmentVariable); }

    void explicitDirWinsOverEnvironment()
    {
        qputenv(Profile::environmentVariable, "/tmp/from-env");
        const Profile profile = Profile::resolve(u"/tmp/explicit"_s);
        QCOMPARE(profile.dataDir(), u"/tmp/explicit"_s);
        QCOMPARE(profile.databasePath(), u"/tmp/explicit/freshet.db"_s);
        QCOMPARE(profile.cacheDir(), u"/tmp/explicit/cache"_s);
        QVERIFY(profile.isChosen());
    }

    void environmentWinsOverDefault()
    {
        qputenv(Profile::environmentVariable, "/tmp/from-env");
        QCOMPARE(Profile::resolve({}).dataDir(), u"/tmp/from-env"_s);
    }

    void relativeDirIsMadeAbsolute()
    {
        const Profile profile = Profile::resolve(u"some/where/../here"_s);
        QVERIFY(QDir::isAbsolutePath(profile.dataDir()));
        QVERIFY(profile.dataDir().endsWith(u"/some/here"_s));
    }

    void defaultIsThePlatformLocation()
    {
        QCoreApplication::setApplicationName(u"freshet"_s);
        const Profile profile = Profile::resolve({});
        QVERIFY(!profile.isChosen());
        QCOMPARE(profile.dataDir(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QCOMPARE(profile.cacheDir(), QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    }

    void ensureExistsCreatesFolders()
    {
        QTemporaryDir scratch;
        const Profile profile = Profile::resolve(scratch.path() + u"/a/b"_s);
        QVERIFY(profile.ensureExists().ok());
        QVERIFY(QDir(profile.dataDir()).exists());
        QVERIFY(QDir(profile.cacheDir()).exists());
    }

    void ensureExistsReportsAFileInTheWay()
    {
        QTemporaryDir scratch;
        QFile blocker(scratch.path() + u"/blocker"_s);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const freshet::Status status = Profile::resolve(blocker.fileName()).ensureExists();
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(blocker.fileName()), qPrintable(status.error()));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
