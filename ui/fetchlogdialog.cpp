// SPDX-License-Identifier: MIT
#include "fetchlogdialog.h"

#include "actions/fetchreport.h"
#include "actions/readfetchlog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
constexpr int detailsColumn = 6;
} // namespace

FetchLogDialog::FetchLogDialog(const actions::ActionServices &services, std::chrono::seconds scheduleInterval, QWidget *parent)
    : QDialog(parent), m_services(services), m_scheduleInterval(scheduleInterval), m_tree(new QTreeWidget(this)),
      m_intervalLabel(new QLabel(this)), m_costLabel(new QLabel(this))
{
    m_costLabel->setObjectName(u"lastDayCostLabel"_s);
    m_intervalLabel->setObjectName(u"scheduleIntervalLabel"_s);
    m_intervalLabel->setWordWrap(true);
    setWindowTitle(tr("Fetch Log"));
    setObjectName(u"fetchLogDialog"_s);
    resize(900, 520);
    m_tree->setObjectName(u"fetchLogTree"_s);
    m_tree->setAccessibleName(tr("Fetch runs"));
    m_tree->setHeaderLabels({tr("When / feed"), tr("Trigger / outcome"), tr("Result / HTTP"), tr("New items"), tr("Time"),
                             tr("Cost"), tr("Details")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(0, 300);
    // A run opened shows its feeds' addresses in the first column: room for them.
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this] { m_tree->resizeColumnToContents(0); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    connect(reloadButton, &QPushButton::clicked, this, &FetchLogDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intervalLabel);
    layout->addWidget(m_costLabel);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    reload();
}

void FetchLogDialog::reload()
{
    using actions::FetchReport;
    actions::readLastDayCost(m_services, this, [this](const Result<FetchLogRecords::RunTotals> &totals) {
        m_costLabel->setText(totals ? FetchReport::lastDay(totals.value().runs, totals.value().cpuMs, totals.value().bytes) : totals.error());
    });
    actions::readFetchLog(m_services, 50, this, [this](const Result<QList<FetchRunSummary>> &runs) {
        m_tree->clear();
        if (!runs) {
            new QTreeWidgetItem(m_tree, {runs.error()});
            emit loaded();
            return;
        }
        m_intervalLabel->setText(FetchReport::backgroundRefresh(m_scheduleInterval, runs.value()));
        const QLocale locale;
        for (const FetchRunSummary &run : runs.value()) {
            const QString details = FetchReport::feedCounts(run) + (run.deadlineHit ? u"; "_s + FetchReport::deadlineReached() : QString());
            auto *top = new QTreeWidgetItem(m_tree, {locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat),
                                                     FetchReport::trigger(run.trigger), FetchReport::result(run),
                                                     locale.toString(run.newItems), FetchReport::duration(run.elapsedMs),
                                                     FetchReport::cost(run.cpuMs, run.bytes), details});
            // Whole on hover: the last column is cut at the dialog's edge.
            top->setToolTip(detailsColumn, details);
            for (const FeedOutcomeRecord &outcome : run.outcomes) {
                auto *feed = new QTreeWidgetItem(top, {outcome.feedUrl, FetchReport::outcome(outcome.outcome),
                                                       outcome.httpStatus ? QString::number(outcome.httpStatus) : QString(),
                                                       locale.toString(outcome.newItems), FetchReport::duration(outcome.elapsedMs),
                                                       locale.formattedDataSize(outcome.bytes), outcome.message});
                feed->setToolTip(detailsColumn, outcome.message);
            }
        }
        if (m_tree->topLevelItemCount() > 0)
            m_tree->topLevelItem(0)->setExpanded(true);
        // The short columns take what they need, so the run's counts (the last column) show whole.
        for (int column = 0; column < m_tree->columnCount() - 1; ++column)
            m_tree->resizeColumnToContents(column);
        emit loaded();
    });
}

} // namespace freshet
