// SPDX-License-Identifier: MIT
#include "guirunner.h"

#include "background/backgroundfetch.h"
#include "background/backgroundscheduler.h"
#include "background/osfetchentry.h"
#include "command.h"
#include "companionexecutable.h"
#include "feedtreeview.h"
#include "firstpaintgate.h"
#include "firstpaintprobe.h"
#include "formfactor.h"
#include "guioptions.h"
#include "instance/handoffqueue.h"
#include "instance/instanceclient.h"
#include "instance/instanceserver.h"
#include "mainwindow.h"
#include "storage/storeitemreader.h"
#include "storage/storethread.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QScopeGuard>
#include <QTableView>
#include <QTextStream>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
QString cannotStartTitle()
{
    return QCoreApplication::translate("main", "Freshet cannot start");
}

int failStart(const QString &message)
{
    QTextStream(stderr) << "freshet: " << message << Qt::endl;
    if (!qEnvironmentVariableIsSet("FRESHET_NO_DIALOGS"))
        QMessageBox::critical(nullptr, cannotStartTitle(), message);
    return ExitUsageOrInput;
}

/// A file SQLite finds damaged inside opens like a sound one, so its pages are checked on the
/// store thread once the window has painted; the check is the store's first job, so nothing the
/// window asks it to write can reach the file first. The message is the one a damaged header
/// gives, shown without a nested event loop, and Freshet ends as it does for that. A sound file
/// goes on to `whenSound` (set once the window exists, before it can paint).
void refuseIfDamaged(StoreThread &store, const FirstPaintGate &painted, const std::shared_ptr<std::function<void()>> &whenSound)
{
    store.post(
        [painted](FeedStore &feeds) {
            // The window's first rows come first; a window that never paints (started hidden)
            // holds the check back no longer than this.
            static_cast<void>(painted.waitUpTo(std::chrono::seconds(2)));
            return feeds.checkIntegrity();
        },
        &store,
        [whenSound](const Status &checked) {
            if (checked) {
                if (*whenSound)
                    (*whenSound)();
                return;
            }
            QTextStream(stderr) << "freshet: " << checked.error() << Qt::endl;
            if (qEnvironmentVariableIsSet("FRESHET_NO_DIALOGS")) {
                QCoreApplication::exit(ExitUsageOrInput);
                return;
            }
            auto *box = new QMessageBox(QMessageBox::Critical, cannotStartTitle(), checked.error());
            box->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(box, &QMessageBox::finished, qApp, [] { QCoreApplication::exit(ExitUsageOrInput); });
            box->open();
        });
}

/// What the OS scheduler is to start for a refresh while the window is closed: the executable
/// without Qt GUI where there is one (app/CMakeLists.txt), beside this one in a build or in the
/// installed bin/ (this one is in libexec/freshet/); else this very executable (phones).
QString headlessExecutable()
{
#ifdef FRESHET_HEADLESS_EXECUTABLE
    const QString headless = companionExecutable(QStringLiteral(FRESHET_HEADLESS_EXECUTABLE), QStringLiteral(FRESHET_HEADLESS_INSTALLED_DIR));
    if (QFileInfo(headless).isExecutable())
        return headless;
#endif
    return QCoreApplication::applicationFilePath();
}
} // namespace

bool guiOptionValuesAreValid(const QCommandLineParser &parser)
{
    return !parser.isSet(guioptions::formFactor) || parseFormFactor(parser.value(guioptions::formFactor));
}

int runGui(const Profile &profile, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "freshet: "
                            << QCoreApplication::translate("main", "unexpected argument '%1'.").arg(parser.positionalArguments().constFirst())
                            << Qt::endl;
        return ExitUsageOrInput;
    }

    // Checked first: with a wrong value there is no QApplication (see prescanArguments).
    if (!guiOptionValuesAreValid(parser)) {
        QTextStream(stderr) << "freshet: "
                            << QCoreApplication::translate("main", "--form-factor takes phone, tablet or desktop, not '%1'.")
                                   .arg(parser.value(guioptions::formFactor))
                            << Qt::endl;
        return ExitUsageOrInput;
    }
    const FormFactor formFactor = parser.isSet(guioptions::formFactor) ? *parseFormFactor(parser.value(guioptions::formFactor))
                                                                       : chooseFormFactor(currentScreenTraits());

    // One window per profile: a second launch brings the first to the front instead.
    InstanceServer instanceServer;
    const QString serverName = instanceServerName(profile);
    if (Status listening = instanceServer.listen(serverName); !listening) {
        if (InstanceClient::activate(serverName)) {
            QTextStream(stdout) << QCoreApplication::translate("main", "Freshet is already running on this profile; its window was brought to the front.")
                                << Qt::endl;
            return ExitOk;
        }
        return failStart(listening.error());
    }

    StoreThread store(profile.databasePath());
    if (Status started = store.start(); !started)
        return failStart(started.error());
    const FirstPaintGate painted;
    const auto whenSound = std::make_shared<std::function<void()>>();
    refuseIfDamaged(store, painted, whenSound);
    // Ending before the first paint (a failed start, a quick quit) must not leave the check,
    // and the store thread's end behind it, waiting out the bound.
    const auto openOnReturn = qScopeGuard([painted] { painted.open(); });
    // The window's reads (pages of rows) use a connection of the GUI thread; WAL lets them run
    // while the store thread writes.
    Result<std::unique_ptr<FeedStore>> readerStore = FeedStore::open(profile.databasePath(), u"freshet-reader"_s);
    if (!readerStore)
        return failStart(readerStore.error());
    StoreItemReader reader(std::move(readerStore).value());
    BackgroundFetch fetch(&store, FetchService::Limits{});
    fetch.setRunLock(profile.fetchLockPath());
    HandOffQueue handOffs(&fetch);
    QObject::connect(&instanceServer, &InstanceServer::fetchRequested, &handOffs, &HandOffQueue::enqueue);

    const bool measureFirstPaint = parser.isSet(guioptions::firstPaint);
    MainWindow::Options options;
    options.showDebugMenu = parser.isSet(guioptions::debug);
    options.refreshOnStart = !parser.isSet(guioptions::noRefresh) && !measureFirstPaint;
    options.formFactor = formFactor;

    // Mobile OS callbacks (WorkManager, BGTaskScheduler) reach this fetch from outside Qt.
    OsFetchEntry::install(&fetch);
    const std::unique_ptr<BackgroundScheduler> osScheduler = createOsScheduler(SchedulerLaunch{headlessExecutable(),
                                                                                               profile.dataDir(), profile.isChosen()});

    MainWindow window(AppServices{profile, &store, &reader, &fetch, osScheduler.get(), nullptr}, options);
    // Items a killed process stored without indexing, or a whole profile indexed before, become
    // searchable now rather than after the next refresh.
    *whenSound = [window = QPointer<MainWindow>(&window)] {
        if (window)
            window->catchUpSearchIndex();
    };
    // The phone layout opens on the feed list; its item table is not painted until chosen.
    QAbstractItemView *firstShown = window.pages() ? static_cast<QAbstractItemView *>(window.feedList()) : window.itemTable();
    painted.openAfterFirstPaint(firstShown);
    if (measureFirstPaint)
        installFirstPaintProbe(firstShown);
    QObject::connect(&instanceServer, &InstanceServer::storeChangedElsewhere, &window, &MainWindow::reloadFromStore);
    QObject::connect(&instanceServer, &InstanceServer::activateRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    window.show();
    const int code = QApplication::exec();
    OsFetchEntry::install(nullptr);
    return code;
}

} // namespace freshet
