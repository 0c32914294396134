// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "appearance.h"
#include "itemview.h"

#include "appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {
// The interval choices and the minutes each stands for; "custom" is the last entry.
constexpr int presetMinutes[] = {AppSettings::intervalNever, AppSettings::intervalMinimum, 15, 30, 60};
constexpr int customIndex = 5;
} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, bool trayAvailable, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);

    m_interval = new QComboBox(this);
    m_interval->setObjectName(u"refreshInterval"_s);
    m_interval->addItems({tr("Never"), tr("As often as feeds allow (10 min)"), tr("Every 15 minutes"), tr("Every 30 minutes"),
                          tr("Every hour"), tr("Custom")});
    m_customMinutes = new QSpinBox(this);
    m_customMinutes->setRange(10, 24 * 60);
    m_customMinutes->setSuffix(tr(" min"));
    m_customMinutes->setAccessibleName(tr("Custom interval in minutes"));
    const int minutes = m_settings.refreshIntervalMinutes();
    const auto preset = std::find(std::begin(presetMinutes), std::end(presetMinutes), minutes);
    m_interval->setCurrentIndex(preset != std::end(presetMinutes) ? int(preset - std::begin(presetMinutes)) : customIndex);
    m_customMinutes->setValue(preset != std::end(presetMinutes) || minutes < 10 ? 120 : minutes);
    m_customMinutes->setEnabled(m_interval->currentIndex() == customIndex);
    connect(m_interval, &QComboBox::currentIndexChanged, m_customMinutes,
            [this](int index) { m_customMinutes->setEnabled(index == customIndex); });

    const BackgroundSchedule schedule = m_settings.backgroundSchedule();
    m_whileClosed = new QCheckBox(tr("Refresh while Freshet is closed"), this);
    m_whileClosed->setObjectName(u"refreshWhileClosed"_s);
    m_whileClosed->setChecked(schedule.whileClosed);
    m_whileClosed->setVisible(false);
    m_skipMetered = new QCheckBox(tr("Wait for a network that is not metered"), this);
    m_skipMetered->setObjectName(u"skipOnMetered"_s);
    m_skipMetered->setChecked(schedule.skipOnMetered);
    m_scheduleStatus = new QLabel(this);
    m_scheduleStatus->setObjectName(u"scheduleStatus"_s);
    m_scheduleStatus->setWordWrap(true);
    m_scheduleStatus->setVisible(false);
    // Never means never, open or closed.
    const auto updateEnabled = [this] {
        const bool never = m_interval->currentIndex() == 0;
        m_whileClosed->setEnabled(!never);
        m_skipMetered->setEnabled(!never);
    };
    connect(m_interval, &QComboBox::currentIndexChanged, this, updateEnabled);
    updateEnabled();

    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language"));
    // Each language named in itself, so a person can find theirs whatever is showing now.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->addItem(u"Română"_s, u"ro"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    m_language->setToolTip(tr("A new language takes effect when Freshet starts again."));

    m_notify = new QCheckBox(tr("Tell me when a refresh finds new items"), this);
    m_notify->setChecked(m_settings.notifyNewItems());
    m_loadImages = new QCheckBox(tr("Load pictures (thumbnails and images in articles)"), this);
    m_loadImages->setChecked(m_settings.loadImages());
    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(u"appearance"_s);
    m_appearance->setAccessibleName(tr("Appearance"));
    m_appearance->addItem(tr("As the system is"), appearanceName(Appearance::System));
    m_appearance->addItem(tr("Light"), appearanceName(Appearance::Light));
    m_appearance->addItem(tr("Dark"), appearanceName(Appearance::Dark));
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(appearanceName(appearanceFromName(m_settings.appearance())))));
    // The article's text size: the same as View > Zoom In and Zoom Out, a tenth a step.
    m_textSize = new QSpinBox(this);
    m_textSize->setObjectName(u"articleTextSize"_s);
    m_textSize->setAccessibleName(tr("Article text size"));
    m_textSize->setSuffix(tr(" %"));
    m_textSize->setSingleStep(10);
    m_textSize->setRange(100 + 10 * ItemView::minimumZoom, 100 + 10 * ItemView::maximumZoom);
    m_textSize->setValue(100 + 10 * m_settings.articleZoom());
    m_keepRead = new QComboBox(this);
    m_keepRead->setObjectName(u"keepReadItems"_s);
    m_keepRead->setAccessibleName(tr("Keep read items"));
    m_keepRead->addItem(tr("For ever"), 0);
    m_keepRead->addItem(tr("For a week"), 7);
    m_keepRead->addItem(tr("For a month"), 30);
    m_keepRead->addItem(tr("For three months"), 90);
    m_keepRead->addItem(tr("For a year"), 365);
    if (const int kept = m_keepRead->findData(m_settings.keepReadDays()); kept >= 0)
        m_keepRead->setCurrentIndex(kept);
    else {
        // A number of days from a hand-edited file is kept as it is, not rounded to a choice.
        m_keepRead->addItem(tr("For %n day(s)", nullptr, m_settings.keepReadDays()), m_settings.keepReadDays());
        m_keepRead->setCurrentIndex(m_keepRead->count() - 1);
    }
    m_keepRead->setToolTip(tr("Read items older than this are removed after each refresh; starred ones, and ones with a "
                              "download, are always kept."));
    m_closeToTray = new QCheckBox(tr("Keep running in the tray when the window is closed"), this);
    m_closeToTray->setChecked(m_settings.closeToTray());
    m_closeToTray->setEnabled(trayAvailable);

    const FetchService::Limits limits = m_settings.fetchLimits();
    m_maxConcurrent = new QSpinBox(this);
    m_maxConcurrent->setRange(1, 64);
    m_maxConcurrent->setValue(limits.maxConcurrent);
    m_maxConcurrent->setAccessibleName(tr("Feeds fetched at once"));
    m_maxConcurrent->setObjectName(u"maxConcurrent"_s);
    m_maxPerHost = new QSpinBox(this);
    m_maxPerHost->setRange(1, 16);
    m_maxPerHost->setValue(limits.maxPerHost);
    m_maxPerHost->setAccessibleName(tr("Feeds fetched at once from one server"));
    m_maxPerHost->setObjectName(u"maxPerHost"_s);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Refresh while Freshet runs:"), m_interval);
    form->addRow(tr("Custom interval:"), m_customMinutes);
    form->addRow(m_whileClosed);
    form->addRow(m_skipMetered);
    form->addRow(m_scheduleStatus);
    form->addRow(tr("Language:"), m_language);
    form->addRow(m_notify);
    form->addRow(m_loadImages);
    form->addRow(tr("Keep read items:"), m_keepRead);
    form->addRow(tr("Appearance:"), m_appearance);
    form->addRow(tr("Article text size:"), m_textSize);
    form->addRow(m_closeToTray);
    form->addRow(tr("Feeds fetched at once:"), m_maxConcurrent);
    form->addRow(tr("…from one server:"), m_maxPerHost);
    auto *accounts = new QPushButton(tr("Sync &Accounts…"), this);
    accounts->setObjectName(u"syncAccounts"_s);
    accounts->setToolTip(tr("Tiny Tiny RSS, FreshRSS, Miniflux: read and starred state shared by every device."));
    connect(accounts, &QPushButton::clicked, this, &SettingsDialog::accountsRequested);
    form->addRow(tr("Accounts:"), accounts);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::setScheduleStatus(const QString &backendName, const QString &whileOpen, const QString &whileClosed)
{
    m_whileClosed->setText(tr("Refresh while Freshet is closed (%1)").arg(backendName));
    m_whileClosed->setVisible(true);
    m_scheduleStatus->setText(whileOpen + u'\n' + whileClosed);
    m_scheduleStatus->setVisible(true);
}

void SettingsDialog::save()
{
    const int index = m_interval->currentIndex();
    m_settings.setRefreshIntervalMinutes(index == customIndex ? m_customMinutes->value() : presetMinutes[index]);
    BackgroundSchedule schedule = m_settings.backgroundSchedule();
    schedule.whileClosed = !m_whileClosed->isHidden() ? m_whileClosed->isChecked() : schedule.whileClosed;
    schedule.skipOnMetered = m_skipMetered->isChecked();
    m_settings.setBackgroundSchedule(schedule);
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setNotifyNewItems(m_notify->isChecked());
    m_settings.setLoadImages(m_loadImages->isChecked());
    m_settings.setAppearance(m_appearance->currentData().toString());
    m_settings.setKeepReadDays(m_keepRead->currentData().toInt());
    m_settings.setArticleZoom((m_textSize->value() - 100) / 10);
    m_settings.setCloseToTray(m_closeToTray->isChecked());
    m_settings.setFetchLimits(m_maxConcurrent->value(), m_maxPerHost->value());
}

} // namespace freshet
