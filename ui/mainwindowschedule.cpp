// SPDX-License-Identifier: MIT
// The window's side of scheduling: the in-app scheduler while Freshet is up, and handing
// "refresh while closed" to the OS backend without blocking this thread.
#include "mainwindow.h"

#include "actions/applyschedule.h"
#include "actions/readfetchlog.h"
#include "appsettings.h"
#include "background/adaptiveinterval.h"
#include "background/backgroundfetch.h"
#include "background/backgroundscheduler.h"
#include "background/inprocessscheduler.h"
#include "background/reachability.h"

#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
/// Enough history to see how many scheduled runs in a row found nothing.
constexpr int adaptiveHistory = 20;
} // namespace

void MainWindow::createScheduler()
{
    Reachability *reachability = m_services.reachability;
    if (!reachability)
        reachability = new SystemReachability(this);
    m_scheduler = new InProcessScheduler(reachability, this);
    // The same path an OS trigger takes, whenever the scheduler says a run is due.
    connect(m_scheduler, &InProcessScheduler::due, this, [this] {
        if (!m_services.fetch->isRunning())
            m_services.fetch->perform(FetchTrigger::Timer, BackgroundFetch::defaultBudget);
    });
    connect(m_scheduler, &InProcessScheduler::stateChanged, this, [this] { m_statusLabel->setToolTip(m_scheduler->describe()); });
}

void MainWindow::reloadScheduleFromLog()
{
    const std::chrono::seconds base = m_appSettings->backgroundSchedule().interval();
    actions::readFetchLog(m_actions, adaptiveHistory, this, [this, base](const Result<QList<FetchRunSummary>> &runs) {
        QDateTime lastRun = m_openedWithoutRefresh;
        AdaptiveInterval interval = adaptInterval(base, {});
        if (runs) {
            interval = adaptInterval(base, runs.value());
            if (!runs.value().isEmpty()) {
                const FetchRunSummary &newest = runs.value().constFirst();
                const QDateTime ended = newest.finishedAt.isValid() ? newest.finishedAt : newest.startedAt;
                if (!lastRun.isValid() || ended > lastRun)
                    lastRun = ended;
            }
        }
        m_scheduler->setLastRun(lastRun, interval);
        m_statusLabel->setToolTip(m_scheduler->describe());
    });
}

void MainWindow::applyOsSchedule(const BackgroundSchedule &schedule, const BackgroundSchedule &previous)
{
    BackgroundScheduler *osScheduler = m_services.osScheduler;
    if (osScheduler && (schedule.whileClosed || previous.whileClosed))
        statusBar()->showMessage(tr("Updating the %1…").arg(osScheduler->name()));
    actions::applySchedule(osScheduler, schedule, previous, this, [this](const actions::Outcome &applied, const BackgroundSchedule &toKeep) {
        statusBar()->clearMessage();
        // What the settings say must match what the OS will do.
        m_appSettings->setBackgroundSchedule(toKeep);
        if (applied.succeeded() && applied.changed == 0)
            return;
        if (!applied.succeeded()) {
            if (!qEnvironmentVariableIsSet("FRESHET_NO_DIALOGS"))
                QMessageBox::warning(this, tr("Refresh while Freshet is closed"), applied.message);
        } else {
            statusBar()->showMessage(applied.message, 8000);
        }
        emit osScheduleApplied(applied.succeeded(), applied.succeeded() ? QString() : applied.message);
    });
}

} // namespace freshet
