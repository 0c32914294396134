// SPDX-License-Identifier: MIT
// The article sanitiser against hostile markup: the well-known filter-evasion vectors and
// mutation-XSS cases (tests/fuzz/corpus-html/, also the sanitiser fuzzer's seeds), and sizes no
// article has. Each output is read twice: by a strict reader of the only markup the sanitiser
// may write, and by QTextDocument, the importer the article view uses, which must load nothing
// the sanitiser did not mean it to.
#include "html/htmlsanitizer.h"
#include "sanitisedmarkup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFormat>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

/// A document as the article view's: every resource it asks for is recorded (and none given).
class RecordingDocument final : public QTextDocument
{
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        Q_UNUSED(type);
        requested << name;
        return {};
    }
};

} // namespace

class TestHostileHtml final : public QObject
{
    Q_OBJECT

    const QString base = u"https://base.example/dir/page.html"_s;

    /// Everything the sanitised `html` may do, with images allowed or not, and what it says.
    void verifyHarmless(const QString &html, const QString &what)
    {
        for (const bool images : {false, true}) {
            const QString out = sanitizeHtml(html, {images, 600, base});
            const QString context = u"%1 (images %2): %3"_s.arg(what, images ? u"on"_s : u"off"_s, out.left(300));
            const QString harm = sanitisedmarkup::harmIn(out, images);
            QVERIFY2(harm.isEmpty(), qPrintable(harm + u" in "_s + context));
            const sanitisedmarkup::Markup markup = sanitisedmarkup::read(out);

            // QTextDocument reads exactly the tags written: the pictures it wants are ours,
            // and it has no background picture, style sheet or anything else to fetch.
            RecordingDocument document;
            document.setHtml(out);
            document.setTextWidth(600);
            QImage canvas(600, 400, QImage::Format_ARGB32);
            QPainter painter(&canvas);
            document.drawContents(&painter, QRectF(0, 0, 600, 100000));
            painter.end();
            QSet<QUrl> intended;
            for (const QString &image : std::as_const(markup.images))
                intended << QUrl(image);
            for (const QUrl &url : std::as_const(document.requested))
                QVERIFY2(intended.contains(url), qPrintable(u"loads "_s + url.toString() + u" in "_s + context));
            const QList<QTextFormat> formats = document.allFormats();
            for (const QTextFormat &format : formats) {
                QVERIFY2(!format.hasProperty(QTextFormat::BackgroundImageUrl), qPrintable(context));
                if (format.isImageFormat())
                    QVERIFY2(intended.contains(QUrl(format.toImageFormat().name())),
                             qPrintable(format.toImageFormat().name() + u" in "_s + context));
            }
            // Each <img> written is one picture in the document, and nothing else is one.
            qsizetype pictures = 0;
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    if (it.fragment().charFormat().isImageFormat())
                        pictures += it.fragment().length();
                }
            }
            QVERIFY2(pictures == markup.images.size(), qPrintable(u"%1 pictures in "_s.arg(pictures) + context));
        }
    }

private slots:
    void knownVectors_data()
    {
        QTest::addColumn<QString>("path");
        const QDir corpus(QStringLiteral(FRESHET_SOURCE_DIR "/tests/fuzz/corpus-html"));
        const QStringList files = corpus.entryList({u"*.html"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 80);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << corpus.filePath(file);
    }

    void knownVectors()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        verifyHarmless(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName());
    }

    void aSpaceAfterTheBracketIsTextNotATag()
    {
        // The five remote loads of the issue: HTML reads "< img" as text, and so must the view.
        for (const QString &html : {u"< img src=https://r.example/1.png>"_s, u"<\timg src=https://r.example/2.png>"_s,
                                    u"< p style=\"background-image:url(https://r.example/3.png)\">x</p>"_s,
                                    u"< table background=https://r.example/4.png><tr><td>x</td></tr></table>"_s,
                                    u"< style>p{background:url(https://r.example/5.png)}< /style>"_s}) {
            const QString out = sanitizeHtml(html, {true, 600});
            QVERIFY2(out.startsWith(u"&lt; "_s) || out.startsWith(u"&lt;\t"_s), qPrintable(out));
            QTextDocument document;
            document.setHtml(out);
            QVERIFY2(document.toPlainText().contains(u"r.example"_s), qPrintable(document.toPlainText()));
        }
    }

    void anUnclosedEmbedKeepsTheRestOfTheArticle()
    {
        const QString out = sanitizeHtml(u"<p>before</p><embed src=x><p>the rest of the article</p>"_s);
        QCOMPARE(out, u"<p>before</p><p>the rest of the article</p>"_s);
    }

    void aScriptTagSplitByAnotherStaysText()
    {
        // HTML reads "<scr<script>" as one tag named "scr<script" (a tag name may hold '<'), an
        // unknown element: what follows it is text, and shown as such.
        QCOMPARE(sanitizeHtml(u"<scr<script>ipt>alert(1)</scr</script>ipt>"_s), u"ipt&gt;alert(1)ipt&gt;"_s);
        verifyHarmless(u"<scr<script>ipt>alert(1)</scr</script>ipt>"_s, u"scr-script"_s);
    }

    void deeplyNestedTagsTakeLinearTime()
    {
        // 10 MB of each: the parser's cost grows with depth for every tag, so it sees at most a
        // few hundred levels; the view gets at most 100.
        for (const QString &open :
             {u"<div>"_s, u"<b>"_s, u"<blockquote>"_s, u"<table><tr><td>"_s, u"<ul><li>"_s, u"<a href=\"https://x.example/\">"_s}) {
            const QString html = open.repeated(10'000'000 / open.size()) + u"end"_s;
            QElapsedTimer timer;
            timer.start();
            const QString out = sanitizeHtml(html, {true, 600});
            qInfo("%s x %lld: %lld ms, %lld characters out", qPrintable(open), qlonglong(html.size() / open.size()),
                  qlonglong(timer.elapsed()), qlonglong(out.size()));
            QVERIFY2(out.endsWith(u"end"_s) || out.contains(u"end<"_s), qPrintable(out.right(200)));
            QVERIFY2(out.count(u"<"_s + open.mid(1, 2)) <= 300, qPrintable(open));
            verifyHarmless(out, open); // the output itself, as hostile input, passes too
        }
    }

    void hundredThousandAttributes()
    {
        QString html = u"<p"_s;
        for (int i = 0; i < 100'000; ++i)
            html += u" a%1=\"v\" on%1=alert(%1)"_s.arg(i);
        html += u" style=\"background:url(https://r.example/p.png)\">text</p><img"_s;
        for (int i = 0; i < 100'000; ++i)
            html += u" x%1 onerror%1=a"_s.arg(i);
        html += u" src=\"https://r.example/late.png\" onerror=alert(1)>"_s;
        QElapsedTimer timer;
        timer.start();
        const QString out = sanitizeHtml(html, {true, 600});
        qInfo("%lld characters of attributes: %lld ms", qlonglong(html.size()), qlonglong(timer.elapsed()));
        QCOMPARE(out, u"<p>text</p>"_s);
        verifyHarmless(html, u"100k attributes"_s);
    }
};

QTEST_MAIN(TestHostileHtml)
#include "tst_hostilehtml.moc"
