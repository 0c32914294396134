// SPDX-License-Identifier: MIT
#include "appearance.h"
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
        QVERIFY(spins.size() >= 4);
        QVERIFY(spins.at(0)->isEnabled());
        spins.at(0)->setValue(90);
        const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
        for (QCheckBox *box : boxes)
            box->setChecked(false);
        dialog.findChild<QSpinBox *>(u"maxConcurrent"_s)->setValue(8);
        dialog.findChild<QSpinBox *>(u"maxPerHost"_s)->setValue(2);
        auto *appearance = dialog.findChild<QComboBox *>(u"appearance"_s);
        QCOMPARE(appearance->currentData().toString(), u"system"_s); // the default
        appearance->setCurrentIndex(appearance->findData(u"dark"_s));
        auto *textSize = dialog.findChild<QSpinBox *>(u"articleTextSize"_s);
        QCOMPARE(textSize->value(), 100);
        textSize->setValue(130);
        auto *keepRead = dialog.findChild<QComboBox *>(u"keepReadItems"_s);
        QCOMPARE(keepRead->currentData().toInt(), 0); // for ever, by default
        keepRead->setCurrentIndex(keepRead->findData(30));
        dialog.save();
        QCOMPARE(settings.refreshIntervalMinutes(), 90);
        QVERIFY(!settings.notifyNewItems());
        QVERIFY(!settings.loadImages());
        QVERIFY(!settings.closeToTray());
        QCOMPARE(settings.fetchLimits().maxConcurrent, 8);
        QCOMPARE(settings.fetchLimits().maxPerHost, 2);
        QCOMPARE(settings.appearance(), u"dark"_s);
        QCOMPARE(settings.articleZoom(), 3); // the steps of View > Zoom In
        QCOMPARE(settings.keepReadDays(), 30);

        SettingsDialog reopened(settings, true);
        QCOMPARE(reopened.findChild<QComboBox *>(u"refreshInterval"_s)->currentIndex(), interval->count() - 1);
        QCOMPARE(reopened.findChildren<QSpinBox *>().at(0)->value(), 90);
        QCOMPARE(reopened.findChild<QComboBox *>(u"appearance"_s)->currentData().toString(), u"dark"_s);
        QCOMPARE(reopened.findChild<QSpinBox *>(u"articleTextSize"_s)->value(), 130);
        QCOMPARE(reopened.findChild<QComboBox *>(u"keepReadItems"_s)->currentData().toInt(), 30);
        // A number of days written by hand shows as itself; an absurd one is clamped.
        settings.setKeepReadDays(12);
        QCOMPARE(SettingsDialog(settings, true).findChild<QComboBox *>(u"keepReadItems"_s)->currentData().toInt(), 12);
        file.setValue(u"retention/keepReadDays"_s, -5);
        QCOMPARE(settings.keepReadDays(), 0);
    }

    void darkAndLightReplaceTheSystemsPaletteAndSystemBringsItBack()
    {
        const QPalette system = QApplication::palette();
        applyAppearance(Appearance::Dark, system);
        QCOMPARE(QApplication::palette().color(QPalette::Base), darkPalette().color(QPalette::Base));
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 64);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 192);
        applyAppearance(Appearance::Light, system);
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 192);
        applyAppearance(Appearance::System, system);
        QCOMPARE(QApplication::palette(), system);
        QCOMPARE(appearanceFromName(u"nonsense"_s), Appearance::System); // a settings file edited by hand
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
