// SPDX-License-Identifier: MIT
// The document fingerprint is stored with each feed, so it must be XXH64 exactly, on every machine.
#include "background/documentfingerprint.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestDocumentFingerprint final : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheReferenceVectors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        // Published XXH64 values (seed 0): short input, and one long enough for the 32-byte stripes.
        QTest::newRow("empty") << QByteArray() << u"xxh64:ef46db3751d8e999"_s;
        QTest::newRow("abc") << QByteArray("abc") << u"xxh64:44bc2cf5ad770999"_s;
        QTest::newRow("39 bytes") << QByteArray("Nobody inspects the spammish repetition") << u"xxh64:fbcea83c8a378bf1"_s;
    }

    void matchesTheReferenceVectors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QCOMPARE(documentFingerprint(bytes), expected);
    }

    void everyByteCounts()
    {
        QByteArray document(100000, 'x');
        const QString before = documentFingerprint(document);
        for (qsizetype at : {qsizetype(0), qsizetype(31), qsizetype(32), qsizetype(99996), qsizetype(99999)}) {
            QByteArray changed = document;
            changed[at] = 'y';
            QVERIFY2(documentFingerprint(changed) != before, qPrintable(QString::number(at)));
        }
        QVERIFY(documentFingerprint(document.left(99999)) != before);
    }
};

QTEST_GUILESS_MAIN(TestDocumentFingerprint)
#include "tst_documentfingerprint.moc"
