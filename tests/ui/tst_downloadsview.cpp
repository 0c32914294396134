// The Downloads dialog and the status bar's aggregate progress, offscreen, with a real
// (rate-limited) loopback download: progress, speed and time left appear, then "Done".
#include "downloadtesthelpers.h"
#include "feedserverprocess.h"
#include "testprofile.h"

#include "background/reachability.h"
#include "downloadlistmodel.h"
#include "downloads/downloadmanager.h"
#include "downloadscontroller.h"
#include "downloadsdialog.h"
#include "profile/profile.h"

#include <QDir>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestDownloadsView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void cleanupTestCase()
    {
        QVERIFY(m_server.stop());
    }

    void dialogShowsProgressThenDone()
    {
        TestProfile profile;
        const Profile resolved = Profile::resolve(profile.path());
        constexpr qint64 size = 3 * 1024 * 1024;
        qint64 itemId = 0;
        {
            auto store = profile.openStore(u"tst-downloadsview"_s);
            itemId = DownloadTest::addItemWithEnclosure(*store, m_server.url(u"/large/%1.bin?rate=2M"_s.arg(size)).toString(), size);
        }
        QMainWindow window;
        FixedReachability reachability;
        DownloadsController controller(resolved, &window, &reachability);
        window.show();
        DownloadsDialog *dialog = controller.dialog();
        controller.showDownloads();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        controller.downloadItem(itemId);
        DownloadListModel *model = dialog->model();
        QTRY_COMPARE(model->rowCount(), 1);
        const auto cell = [model](int column, int role = Qt::DisplayRole) { return model->index(0, column).data(role); };
        // Mid-way: a partial bar, a speed, a time left, and the status bar's aggregate.
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, DownloadListModel::PerMilleRole).toInt() > 0 && !cell(DownloadListModel::SpeedColumn).toString().isEmpty(), 10000);
        QVERIFY(cell(0, DownloadListModel::PerMilleRole).toInt() < 1000);
        QVERIFY2(cell(DownloadListModel::ProgressColumn).toString().contains(u"of"_s), qPrintable(cell(DownloadListModel::ProgressColumn).toString()));
        QTRY_VERIFY(!cell(DownloadListModel::TimeLeftColumn).toString().isEmpty());
        QCOMPARE(cell(DownloadListModel::StateColumn).toString(), u"Downloading"_s);
        QVERIFY(!controller.statusBar()->isHidden());
        QVERIFY(controller.statusBar()->value() > 0);
        QVERIFY(controller.statusBar()->text().contains(u"1 download"_s));
        dialog->table()->selectRow(0);
        QVERIFY(dialog->findChild<QPushButton *>(u"pause"_s)->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton *>(u"open-file"_s)->isEnabled());

        QTRY_COMPARE_WITH_TIMEOUT(cell(DownloadListModel::StateColumn).toString(), u"Done"_s, 15000);
        QCOMPARE(cell(0, DownloadListModel::PerMilleRole).toInt(), 1000);
        QVERIFY(cell(DownloadListModel::SpeedColumn).toString().isEmpty());
        const QString file = cell(0, DownloadListModel::FileRole).toString();
        QCOMPARE(QFileInfo(file).size(), size);
        QCOMPARE(QFileInfo(file).absolutePath(), QDir(resolved.dataDir()).absoluteFilePath(u"downloads"_s));
        QTRY_VERIFY(controller.statusBar()->isHidden());
        QVERIFY(dialog->findChild<QPushButton *>(u"open-file"_s)->isEnabled());
        QVERIFY(dialog->findChild<QPushButton *>(u"show-in-folder"_s)->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton *>(u"pause"_s)->isEnabled());
    }

private:
    FeedServerProcess m_server;
};

QTEST_MAIN(TestDownloadsView)
#include "tst_downloadsview.moc"
