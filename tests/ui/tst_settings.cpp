// SPDX-License-Identifier: MIT
#include "appsettings.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAndPeriods()
    {
        QTemporaryDir dir;
        QSettings file(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        AppSettings settings(&file);
        QCOMPARE(settings.refreshIntervalMinutes(), 30);
        QCOMPARE(settings.refreshPeriodMs(), 30 * 60 * 1000);
        settings.setRefreshIntervalMinutes(AppSettings::intervalNever);
        QCOMPARE(settings.refreshPeriodMs(), 0);
        settings.setRefreshIntervalMinutes(AppSettings::intervalMinimum);
        QCOMPARE(settings.refreshPeriodMs(), 10 * 60 * 1000);
        settings.setFetchLimits(500, 0); // out of range: clamped, never a broken engine
        QCOMPARE(settings.fetchLimits().maxConcurrent, 64);
        QCOMPARE(settings.fetchLimits().maxPerHost, 1);
    }

    void dialogSavesWhatWasChosen()
    {
        QTemporaryDir dir;
        QSettings file(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        AppSettings settings(&file);
        SettingsDialog dialog(settings, true);
        auto *interval = dialog.findChild<QComboBox *>(u"refreshInterval"_s);
        QVERIFY(interval);
        interval->setCurrentIndex(interval->count() - 1); // Custom
        const QList<QSpinBox *> spins = dialog.findChildren<QSpinBox *>();
        QVERIFY(spins.size() >= 3);
        QVERIFY(spins.at(0)->isEnabled());
        spins.at(0)->setValue(90);
        const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
        for (QCheckBox *box : boxes)
            box->setChecked(false);
        spins.at(1)->setValue(8);
        spins.at(2)->setValue(2);
        dialog.save();
        QCOMPARE(settings.refreshIntervalMinutes(), 90);
        QVERIFY(!settings.notifyNewItems());
        QVERIFY(!settings.loadImages());
        QVERIFY(!settings.closeToTray());
        QCOMPARE(settings.fetchLimits().maxConcurrent, 8);
        QCOMPARE(settings.fetchLimits().maxPerHost, 2);

        SettingsDialog reopened(settings, true);
        QCOMPARE(reopened.findChild<QComboBox *>(u"refreshInterval"_s)->currentIndex(), interval->count() - 1);
        QCOMPARE(reopened.findChildren<QSpinBox *>().at(0)->value(), 90);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
