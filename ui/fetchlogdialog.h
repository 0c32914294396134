// SPDX-License-Identifier: MIT
#pragma once

#include "actions/actionservices.h"

#include <QDialog>

#include <chrono>

class QLabel;
class QTreeWidget;

namespace freshet {

/// Debug > Fetch Log: the recent runs, and for each feed why it was updated, skipped, failed or
/// not modified. Read on the store thread; never blocks the window.
class FetchLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchLogDialog)

public:
    /// scheduleInterval: the chosen background interval, to show how far quiet runs have
    /// stretched it; zero when refreshing is off.
    FetchLogDialog(const actions::ActionServices &services, std::chrono::seconds scheduleInterval, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    /// "Background refresh: every 2 h: stretched 4x after 5 runs without new data".
    QLabel *intervalLabel() const { return m_intervalLabel; }

signals:
    void loaded();

private:
    void reload();

    actions::ActionServices m_services;
    std::chrono::seconds m_scheduleInterval;
    QTreeWidget *m_tree;
    QLabel *m_intervalLabel;
    QLabel *m_costLabel; ///< what the last day's refreshes cost
};

} // namespace freshet
