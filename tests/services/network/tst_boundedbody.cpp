// SPDX-License-Identifier: MIT
// BoundedBody against the real loopback feed server: a body far past the limit is cut short
// as it arrives (the reader never holds much more than the limit, and the server stops
// sending), one announced too large is not read, and a body within the limit arrives whole.
#include "feedserverprocess.h"
#include "feedserverstats.h"

#include "network/boundedbody.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestBoundedBody final : public QObject
{
    Q_OBJECT

    FeedServerProcess m_server;

    QByteArray get(const QString &path)
    {
        QNetworkReply *reply = m_network.get(QNetworkRequest(m_server.url(path)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(30000))
            qFatal("no answer from the feed server");
        reply->deleteLater();
        return reply->readAll();
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void aHugeBodyIsAbortedAsItPassesTheLimit()
    {
        constexpr qint64 limit = 1024 * 1024;
        const qint64 sentBefore = feedServerStats(m_server).value(u"bodyBytesSent"_s).toInteger();
        // No Content-Length: the limit can only be seen as the bytes come.
        QNetworkReply *reply = m_network.get(QNetworkRequest(m_server.url(u"/large/2G.bin?no-length=1"_s)));
        BoundedBody *body = BoundedBody::read(reply, limit);
        QCOMPARE(BoundedBody::of(reply), body);
        bool tooLargeWhenFinished = false;
        connect(reply, &QNetworkReply::finished, this, [&] { tooLargeWhenFinished = body->tooLarge(); });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY(tooLargeWhenFinished);
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        QVERIFY(body->body().isEmpty());
        // Past the limit by one network chunk at most, never by what arrives in 100 ms.
        qInfo() << "received" << body->received();
        QVERIFY(body->received() > limit);
        QVERIFY2(body->received() <= limit + 1024 * 1024, qPrintable(QString::number(body->received())));
        const qint64 sent = feedServerStats(m_server).value(u"bodyBytesSent"_s).toInteger() - sentBefore;
        QVERIFY2(sent < 32 * 1024 * 1024, qPrintable(QString::number(sent)));
        delete reply;
    }

    void aBodyAnnouncedTooLargeIsNotRead()
    {
        QNetworkReply *reply = m_network.get(QNetworkRequest(m_server.url(u"/large/2G.bin"_s)));
        BoundedBody *body = BoundedBody::read(reply, 1024 * 1024);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30000));
        QVERIFY(body->tooLarge());
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        QVERIFY2(body->received() <= 1024 * 1024, qPrintable(QString::number(body->received())));
        delete reply;
    }

    void aBodyWithinTheLimitArrivesWhole()
    {
        constexpr qint64 size = 3 * 1024 * 1024 + 5;
        QNetworkReply *reply = m_network.get(QNetworkRequest(m_server.url(u"/large/%1.bin?seed=4"_s.arg(size))));
        BoundedBody *body = BoundedBody::read(reply, size);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(!body->tooLarge());
        const QByteArray bytes = body->body();
        QCOMPARE(bytes.size(), size);
        QCOMPARE(body->received(), size);
        QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(),
                 get(u"/large/%1.bin.sha256?seed=4"_s.arg(size)).trimmed());
        delete reply;
    }

private:
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestBoundedBody)
#include "tst_boundedbody.moc"
