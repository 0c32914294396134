// SPDX-License-Identifier: MIT
// File > Import OPML… and Export OPML… as a person uses them, offscreen: the menu opened and
// the item clicked with the mouse, the file typed into Qt's own file dialog, the outcome read
// from the status bar and the boxes the window shows.
#include "feedlisthelpers.h"
#include "feedlistmodel.h"
#include "filemenuanswers.h"
#include "testwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestOpmlWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        // Qt's own dialog, the same on every platform, so the test can type into it.
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void importingSubscribesAndSaysWhatWasSkippedAndWhy()
    {
        const QString path = m_files.filePath(u"mine.opml"_s);
        QVERIFY(write(path, "<?xml version=\"1.0\"?>\n"
                            "<opml version=\"2.0\"><head><title>Mine</title></head><body>\n"
                            "  <outline text=\"News\">\n"
                            "    <outline type=\"rss\" text=\"One\" xmlUrl=\"http://127.0.0.1:9/one.xml\"/>\n"
                            "    <outline type=\"rss\" text=\"Two\" xmlUrl=\"http://127.0.0.1:9/two.xml\"/>\n"
                            "  </outline>\n"
                            "  <outline type=\"rss\" text=\"Broken\" xmlUrl=\"javascript:alert(1)\"/>\n"
                            "</body></opml>"));
        TestProfile profile;
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));

        answerNextFileDialog(path);
        QVERIFY(clickFileMenuItem(app.window.get(), u"importOpmlAction"_s));

        QMessageBox *skipped = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((skipped = app.window->findChild<QMessageBox *>(u"importOpmlSkipped"_s)) != nullptr, 10000);
        QVERIFY2(skipped->text().startsWith(u"Imported 2 feed"_s), qPrintable(skipped->text()));
        QVERIFY2(skipped->detailedText().contains(u"javascript:alert(1)"_s), qPrintable(skipped->detailedText()));
        // The status bar said the same, until the refresh that follows an import took it over.
        QTRY_COMPARE(app.window->feedModel()->feedCount(), 2);
        QStringList titles;
        for (int n = 0; nthFeed(*app.window->feedModel(), n).isValid(); ++n)
            titles << app.window->feedModel()->feedAt(nthFeed(*app.window->feedModel(), n))->displayTitle();
        QVERIFY2(titles.contains(u"One"_s) && titles.contains(u"Two"_s), qPrintable(titles.join(u", "_s)));
        QTest::mouseClick(skipped->button(QMessageBox::Ok), Qt::LeftButton);
    }

    void aFileThatIsNotOpmlIsRefusedAndNothingChanges()
    {
        const QString path = m_files.filePath(u"page.html"_s);
        QVERIFY(write(path, "<html><body>not a subscription list</body></html>"));
        TestProfile profile;
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        const int feedsBefore = app.window->feedModel()->feedCount();

        answerNextFileDialog(path);
        QVERIFY(clickFileMenuItem(app.window.get(), u"importOpmlAction"_s));

        QMessageBox *error = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((error = app.window->findChild<QMessageBox *>(u"importOpmlError"_s)) != nullptr, 10000);
        QVERIFY2(error->text().startsWith(u"Nothing was imported from %1: "_s.arg(path)), qPrintable(error->text()));
        QCOMPARE(app.window->feedModel()->feedCount(), feedsBefore);
        QTest::mouseClick(error->button(QMessageBox::Ok), Qt::LeftButton);
    }

    void exportingWritesEveryFeedAndSaysHowMany()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 1, QDateTime::currentDateTimeUtc());
            TestProfile::addFeedWithItems(*store, u"https://b.example/feed"_s, 1, QDateTime::currentDateTimeUtc());
        }
        TestWindow app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        const QString path = m_files.filePath(u"exported.opml"_s);

        answerNextFileDialog(path);
        QVERIFY(clickFileMenuItem(app.window.get(), u"exportOpmlAction"_s));

        QTRY_VERIFY_WITH_TIMEOUT(app.window->statusBar()->currentMessage().startsWith(u"Exported 2 feed"_s), 10000);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray opml = written.readAll();
        QVERIFY2(opml.contains("https://a.example/feed") && opml.contains("https://b.example/feed"), opml.constData());
    }
};

QTEST_MAIN(TestOpmlWindow)
#include "tst_opmlwindow.moc"
