// SPDX-License-Identifier: MIT
// The Downloads dialog and the status bar's aggregate progress, offscreen, with a real
// (rate-limited) loopback download: progress, speed and time left appear, the dialog pauses
// and resumes it, then "Done". The queue runs on a thread of its own, and closing the window
// mid-way keeps the .part for the next start.
#include "downloadtesthelpers.h"
#include "feedserverprocess.h"
#include "testprofile.h"

#include "background/reachability.h"
#include "downloadlistmodel.h"
#include "downloads/downloadmanager.h"
#include "downloads/downloadsfolder.h"
#include "downloads/downloadstore.h"
#include "downloads/downloadthread.h"
#include "downloadscontroller.h"
#include "downloadsdialog.h"
#include "profile/profile.h"
#include "storage/storethread.h"

#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestDownloadsView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void cleanupTestCase() { QVERIFY(m_server.stop()); }

    void dialogShowsProgressThenDone()
    {
        TestProfile profile;
        const Profile resolved = Profile::resolve(profile.path());
        constexpr qint64 size = 3 * 1024 * 1024;
        qint64 itemId = 0;
        {
            auto store = profile.openStore(u"tst-downloadsview"_s);
            itemId = DownloadTest::addItemWithEnclosure(*store, m_server.url(u"/large/%1.bin?rate=1M"_s.arg(size)).toString(), size);
        }
        StoreThread store(resolved.databasePath());
        QVERIFY(store.start());
        QMainWindow window;
        FixedReachability reachability;
        DownloadsController controller(resolved, &store, &window, &reachability);
        window.show();
        DownloadsDialog *dialog = controller.dialog();
        controller.showDownloads();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        // The manager, its transfers and its database connection live on the queue's thread.
        QThread *managerThread = nullptr;
        QThread *jobThread = nullptr;
        controller.queue()->post(
            [](DownloadManager &manager) {
                return std::pair{manager.thread(), QThread::currentThread()};
            },
            &window, [&](std::pair<QThread *, QThread *> threads) { std::tie(managerThread, jobThread) = threads; });
        QTRY_VERIFY(managerThread);
        QVERIFY(managerThread != QThread::currentThread());
        QVERIFY(managerThread != window.thread());
        QCOMPARE(managerThread, controller.queue()->queueThread());
        QCOMPARE(jobThread, managerThread);

        controller.downloadItem(itemId);
        DownloadListModel *model = dialog->model();
        QTRY_COMPARE(model->rowCount(), 1);
        const auto cell = [model](int column, int role = Qt::DisplayRole) { return model->index(0, column).data(role); };

        // Paused and resumed from the dialog: the queue's thread carries out both.
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, DownloadListModel::PerMilleRole).toInt() > 0, 10000);
        dialog->table()->selectRow(0);
        QTRY_VERIFY(dialog->findChild<QPushButton *>(u"pause"_s)->isEnabled());
        dialog->findChild<QPushButton *>(u"pause"_s)->click();
        QTRY_COMPARE(cell(DownloadListModel::StateColumn).toString(), u"Paused"_s);
        const QString part = QDir(resolved.dataDir()).absoluteFilePath(u"downloads/%1.bin.part"_s.arg(size));
        QVERIFY(QFileInfo(part).size() > 0);
        QTRY_VERIFY(controller.statusBar()->isHidden());
        QVERIFY(dialog->findChild<QPushButton *>(u"resume"_s)->isEnabled());
        dialog->findChild<QPushButton *>(u"resume"_s)->click();
        QTRY_COMPARE(cell(DownloadListModel::StateColumn).toString(), u"Downloading"_s);
        // Mid-way: a partial bar, a speed, a time left, and the status bar's aggregate.
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, DownloadListModel::PerMilleRole).toInt() > 0
                                     && !cell(DownloadListModel::SpeedColumn).toString().isEmpty(),
                                 10000);
        QVERIFY(cell(0, DownloadListModel::PerMilleRole).toInt() < 1000);
        QVERIFY2(cell(DownloadListModel::ProgressColumn).toString().contains(u"of"_s),
                 qPrintable(cell(DownloadListModel::ProgressColumn).toString()));
        QTRY_VERIFY(!cell(DownloadListModel::TimeLeftColumn).toString().isEmpty());
        QCOMPARE(cell(DownloadListModel::StateColumn).toString(), u"Downloading"_s);
        QVERIFY(!controller.statusBar()->isHidden());
        QVERIFY(controller.statusBar()->value() > 0);
        QVERIFY(controller.statusBar()->text().contains(u"1 download"_s));
        // Wide enough for its whole text on one line, whatever width the status bar offered first.
        QVERIFY(controller.statusBar()->minimumWidth()
                > controller.statusBar()->fontMetrics().horizontalAdvance(controller.statusBar()->text()));
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
        QVERIFY(!QFile::exists(part));
    }

    void theWindowRefusesAFolderThatTakesNoFilesAndAnEnclosureThatIsNotOnTheWeb()
    {
        TestProfile profile;
        const Profile resolved = Profile::resolve(profile.path());
        qint64 itemId = 0;
        {
            auto store = profile.openStore(u"tst-downloadsview-refusals"_s);
            itemId = DownloadTest::addItemWithEnclosure(*store, u"javascript:alert(1)"_s, 9);
        }
        StoreThread writer(resolved.databasePath());
        QVERIFY(writer.start());
        QMainWindow window;
        FixedReachability reachability;
        DownloadsController controller(resolved, &writer, &window, &reachability);
        DownloadsDialog *dialog = controller.dialog();
        auto *message = dialog->findChild<QLabel *>(u"downloadsMessage"_s);
        QVERIFY(message);
        const QString defaultFolder = controller.queue()->folder();

        // The same check as `freshet downloads --folder`: nothing refused is kept.
        emit dialog->folderChosen(u"/proc"_s); // as the folder picker does
        QTRY_VERIFY(message->text().contains(u"Cannot write to the folder /proc"_s));
        QCOMPARE(controller.queue()->folder(), defaultFolder);
        QCOMPARE(downloadsFolder(resolved), defaultFolder);
        const QString chosen = QDir(profile.path()).filePath(u"chosen"_s);
        emit dialog->folderChosen(chosen);
        QTRY_COMPARE(controller.queue()->folder(), chosen);
        QVERIFY(message->text().isEmpty());
        QCOMPARE(downloadsFolder(resolved), chosen);

        // Refused in one sentence before anything is made: no row, no .part.
        QSignalSpy said(&controller, &DownloadsController::message);
        controller.downloadItem(itemId);
        QTRY_COMPARE(said.count(), 1);
        QVERIFY2(said.constFirst().constFirst().toString().contains(u"a javascript: address, not http or https"_s),
                 qPrintable(said.constFirst().constFirst().toString()));
        QCOMPARE(QDir(chosen).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        auto store = profile.openStore(u"tst-downloadsview-refusals-check"_s);
        QCOMPARE(DownloadStore(store->database()).all().value().size(), 0);
    }

    void closingTheWindowKeepsThePartAndTheNextStartResumes()
    {
        TestProfile profile;
        const Profile resolved = Profile::resolve(profile.path());
        constexpr qint64 size = 4 * 1024 * 1024;
        const QUrl url = m_server.url(u"/large/%1.bin?seed=5&rate=1M"_s.arg(size));
        qint64 itemId = 0;
        {
            auto store = profile.openStore(u"tst-downloadsview-close"_s);
            itemId = DownloadTest::addItemWithEnclosure(*store, url.toString(), size);
        }
        const QString part = QDir(resolved.dataDir()).absoluteFilePath(u"downloads/%1.bin.part"_s.arg(size));
        FixedReachability reachability;
        StoreThread store(resolved.databasePath());
        QVERIFY(store.start());
        {
            auto window = std::make_unique<QMainWindow>();
            auto *controller = new DownloadsController(resolved, &store, window.get(), &reachability);
            controller->downloadItem(itemId);
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > 0 && !controller->statusBar()->isHidden(), 10000);
            // Quitting: the window goes, its queue's thread stops the transfer and ends.
            window.reset();
        }
        const qint64 kept = QFileInfo(part).size();
        QVERIFY(kept > 0);
        QVERIFY(kept < size);
        {
            auto store = profile.openStore(u"tst-downloadsview-check"_s);
            const auto all = DownloadStore(store->database()).all();
            QVERIFY(all);
            QCOMPARE(all.value().size(), 1);
            QCOMPARE(downloadStateKey(all.value().constFirst().state), u"queued"_s);
        }

        // The next start picks it up by itself and finishes it from where it stopped.
        QMainWindow window;
        DownloadsController controller(resolved, &store, &window, &reachability);
        DownloadsDialog *dialog = controller.dialog();
        controller.showDownloads();
        DownloadListModel *model = dialog->model();
        QTRY_COMPARE(model->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, DownloadListModel::StateColumn).data().toString(), u"Done"_s, 20000);
        const QString file = model->index(0, 0).data(DownloadListModel::FileRole).toString();
        QCOMPARE(DownloadTest::sha256File(file), DownloadTest::request(m_server.url(u"/large/%1.bin.sha256?seed=5"_s.arg(size))).trimmed());
        QVERIFY(!QFile::exists(part));
    }

private:
    FeedServerProcess m_server;
};

QTEST_MAIN(TestDownloadsView)
#include "tst_downloadsview.moc"
