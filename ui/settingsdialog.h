// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace freshet {

class AppSettings;

/// Settings: how often Freshet refreshes while it runs, notifications, images, how many
/// feeds it asks at once, and whether closing the window keeps it in the tray.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(AppSettings &settings, bool trayAvailable, QWidget *parent = nullptr);

    /// Offers "refresh while closed" through this OS backend, with what is scheduled now.
    /// Without it (no backend on this platform) the option stays hidden.
    void setScheduleStatus(const QString &backendName, const QString &whileOpen, const QString &whileClosed);

    /// Writes what the person chose; called on OK.
    void save();

signals:
    /// "Sync Accounts…": the window shows its Accounts dialog over this one.
    void accountsRequested();

private:
    AppSettings &m_settings;
    QComboBox *m_interval;
    QSpinBox *m_customMinutes;
    QCheckBox *m_whileClosed;
    QCheckBox *m_skipMetered;
    QLabel *m_scheduleStatus;
    QComboBox *m_language;
    QCheckBox *m_notify;
    QCheckBox *m_loadImages;
    QComboBox *m_appearance;
    QComboBox *m_keepRead;
    QSpinBox *m_textSize;
    QCheckBox *m_closeToTray;
    QSpinBox *m_maxConcurrent;
    QSpinBox *m_maxPerHost;
};

} // namespace freshet
