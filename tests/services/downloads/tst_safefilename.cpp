// SPDX-License-Identifier: MIT
// File names from hostile URLs and headers become one safe file inside the downloads folder.
#include "downloads/safefilename.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestSafeFileName final : public QObject
{
    Q_OBJECT

private slots:
    void sanitise_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"episode-12.mp3"_s << u"episode-12.mp3"_s;
        QTest::newRow("traversal") << u"../../etc/passwd"_s << u"passwd"_s;
        QTest::newRow("windows traversal") << u"..\\..\\boot.ini"_s << u"boot.ini"_s;
        QTest::newRow("dot dot") << u".."_s << u"download"_s;
        QTest::newRow("only slash") << u"/"_s << u"download"_s;
        QTest::newRow("hidden") << u".bashrc"_s << u"bashrc"_s;
        QTest::newRow("control characters") << u"a\nb\tc\u0000d.mp3"_s << u"abcd.mp3"_s;
        QTest::newRow("bidi override") << u"evil\u202Egpj.exe"_s << u"evilgpj.exe"_s;
        QTest::newRow("reserved") << u"a<b>c:d|e?f*g\".mp3"_s << u"a_b_c_d_e_f_g_.mp3"_s;
        QTest::newRow("trailing dots") << u"name. . ."_s << u"name"_s;
        QTest::newRow("device") << u"CON.mp3"_s << u"_CON.mp3"_s;
        QTest::newRow("unicode") << u"Épisode été.ogg"_s << u"Épisode été.ogg"_s;
        QTest::newRow("empty") << QString() << u"download"_s;
    }

    void sanitise()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(SafeFileName::sanitise(name), expected);
    }

    void longNamesKeepTheirExtension()
    {
        const QString name = SafeFileName::sanitise(QString(400, u'x') + u".mp3"_s);
        QVERIFY(name.toUtf8().size() <= 180);
        QVERIFY(name.endsWith(u".mp3"_s));
        // Multi-byte characters are never cut in half.
        const QString wide = SafeFileName::sanitise(QString(300, QChar(0x00E9)) + u".ogg"_s);
        QVERIFY(wide.toUtf8().size() <= 180);
        QCOMPARE(QString::fromUtf8(wide.toUtf8()), wide);
        const QString emoji = SafeFileName::sanitise(QString::fromUtf8(QByteArray("\xF0\x9F\x8E\xA7").repeated(100)));
        QVERIFY(!emoji.isEmpty());
        QCOMPARE(QString::fromUtf8(emoji.toUtf8()), emoji);
    }

    void fromUrl()
    {
        QCOMPARE(SafeFileName::fromUrl(QUrl(u"https://cdn.example/a/b/Episode%2012.mp3?token=x"_s)), u"Episode 12.mp3"_s);
        QCOMPARE(SafeFileName::sanitise(SafeFileName::fromUrl(QUrl(u"https://cdn.example/x/..%2F..%2Fetc%2Fpasswd"_s))), u"passwd"_s);
        QCOMPARE(SafeFileName::sanitise(SafeFileName::fromUrl(QUrl(u"https://cdn.example/"_s))), u"download"_s);
    }

    void contentDisposition()
    {
        QCOMPARE(SafeFileName::fromContentDisposition("attachment; filename=\"show.mp3\""), u"show.mp3"_s);
        QCOMPARE(SafeFileName::fromContentDisposition("attachment; filename=plain.mp3; size=3"), u"plain.mp3"_s);
        QCOMPARE(SafeFileName::fromContentDisposition("attachment; filename=\"a;b.mp3\""), u"a;b.mp3"_s);
        QCOMPARE(SafeFileName::fromContentDisposition("attachment; filename=\"fallback.mp3\"; filename*=UTF-8''%C3%A9t%C3%A9.mp3"), u"été.mp3"_s);
        QCOMPARE(SafeFileName::sanitise(SafeFileName::fromContentDisposition("attachment; filename=\"../../etc/passwd\"")), u"passwd"_s);
        QCOMPARE(SafeFileName::fromContentDisposition("inline"), QString());
    }

    void uniqueNames()
    {
        QSet<QString> taken{u"a.mp3"_s, u"a (2).mp3"_s};
        QCOMPARE(SafeFileName::unique(u"a.mp3"_s, [&](const QString &n) { return taken.contains(n); }), u"a (3).mp3"_s);
        QCOMPARE(SafeFileName::unique(u"b.mp3"_s, [&](const QString &n) { return taken.contains(n); }), u"b.mp3"_s);
        taken.insert(u"noext"_s);
        QCOMPARE(SafeFileName::unique(u"noext"_s, [&](const QString &n) { return taken.contains(n); }), u"noext (2)"_s);
    }
};

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
