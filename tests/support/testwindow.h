// SPDX-License-Identifier: MIT
#pragma once

#include "background/backgroundfetch.h"
#include "background/reachability.h"
#include "mainwindow.h"
#include "storage/storeitemreader.h"
#include "storage/storethread.h"
#include "testprofile.h"

#include <memory>

/// The window wired as the application wires it (the store thread, the GUI thread's reader,
/// the one BackgroundFetch), on a test profile, without the refresh at start so each test
/// decides when a run happens.
struct TestWindow
{
    /// fixedReachability: the in-app scheduler sees `reachability` (online until the test says
    /// otherwise) instead of the system's network state.
    explicit TestWindow(TestProfile &profile, bool debugMenu = false, freshet::BackgroundScheduler *osScheduler = nullptr,
                        bool fixedReachability = false, freshet::FormFactor formFactor = freshet::FormFactor::Desktop)
        : store(profile.databasePath()), reader(profile.openStore(QStringLiteral("reader"))),
          fetch(&store, freshet::FetchService::Limits{})
    {
        if (!store.start())
            qFatal("store did not start");
        freshet::MainWindow::Options options;
        options.showDebugMenu = debugMenu;
        options.refreshOnStart = false;
        options.formFactor = formFactor;
        window = std::make_unique<freshet::MainWindow>(freshet::AppServices{freshet::Profile::resolve(profile.path()), &store, &reader,
                                                                            &fetch, osScheduler, fixedReachability ? &reachability : nullptr},
                                                       options);
    }

    freshet::FixedReachability reachability;
    freshet::StoreThread store;
    freshet::StoreItemReader reader;
    freshet::BackgroundFetch fetch;
    std::unique_ptr<freshet::MainWindow> window;
};
