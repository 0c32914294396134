// SPDX-License-Identifier: MIT
#include "feedserverprocess.h"
#include "thumbnailcache.h"

#include <QDir>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestThumbnailCache final : public QObject
{
    Q_OBJECT

    FeedServerProcess m_server;

private slots:
    void initTestCase() { QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString())); }

    void loadsScalesAndKeepsOnDisk()
    {
        QTemporaryDir cache;
        ThumbnailCache thumbnails(cache.path(), 32);
        const QString url = m_server.url(u"/demo/img/p1.png"_s).toString();
        QSignalSpy ready(&thumbnails, &ThumbnailCache::thumbnailReady);
        QVERIFY(thumbnails.thumbnail(url).isNull()); // never waits
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.constFirst().constFirst().toString(), url);
        const QPixmap pixmap = thumbnails.thumbnail(url);
        QCOMPARE(pixmap.size(), QSize(32, 32));
        QVERIFY(!QDir(cache.filePath(u"thumbnails"_s)).entryList(QDir::AllDirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void brokenAndLocalSourcesAreNotRetried()
    {
        QTemporaryDir cache;
        ThumbnailCache thumbnails(cache.path(), 32);
        QSignalSpy ready(&thumbnails, &ThumbnailCache::thumbnailReady);
        const QString notAnImage = m_server.url(u"/gen/1.xml"_s).toString();
        QVERIFY(thumbnails.thumbnail(notAnImage).isNull());
        QVERIFY(thumbnails.thumbnail(u"file:///etc/passwd"_s).isNull());
        QVERIFY(!ready.wait(1500));
        QVERIFY(thumbnails.thumbnail(notAnImage).isNull());
    }

    void disabledLoadsNothing()
    {
        QTemporaryDir cache;
        ThumbnailCache thumbnails(cache.path(), 32);
        thumbnails.setEnabled(false);
        QSignalSpy ready(&thumbnails, &ThumbnailCache::thumbnailReady);
        QVERIFY(thumbnails.thumbnail(m_server.url(u"/demo/img/p2.png"_s).toString()).isNull());
        QVERIFY(!ready.wait(1000));
    }
};

QTEST_MAIN(TestThumbnailCache)
#include "tst_thumbnailcache.moc"
