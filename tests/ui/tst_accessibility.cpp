// SPDX-License-Identifier: MIT
// What a screen reader gets, offscreen over a real profile: every control a person can reach
// with the keyboard in the window and its dialogs has a name, and the item table's rows say
// title, feed, date and whether they are unread.
#include "aboutdialog.h"
#include "addfeeddialog.h"
#include "appsettings.h"
#include "background/backgroundfetch.h"
#include "feedpropertiesdialog.h"
#include "fetchlogdialog.h"
#include "itemtablemodel.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "storage/storeitemreader.h"
#include "storage/storethread.h"
#include "testprofile.h"
#include "testwindow.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

namespace {

struct App : TestWindow
{
    explicit App(TestProfile &profile) : TestWindow(profile, true) {}
};

/// The keyboard-reachable widgets under root whose accessible name is empty, described.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || !widget->isEnabled())
            continue;
        // A spin box's or combo box's own line edit is part of that control, named through it.
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) || qobject_cast<QComboBox *>(widget->parentWidget()))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << u"%1 \"%2\""_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    return unnamed;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("FRESHET_NO_DIALOGS", "1"); }

    void everyControlOfTheWindowHasAName()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 30, QDateTime::currentDateTimeUtc());
        }
        App app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        const QStringList unnamed = unnamedControls(app.window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void everyControlOfTheDialogsHasAName()
    {
        TestProfile profile;
        App app(profile);
        QSettings file(Profile::resolve(profile.path()).settingsPath(), QSettings::IniFormat);
        AppSettings settings(&file);
        SettingsDialog settingsDialog(settings, true);
        settingsDialog.setScheduleStatus(u"systemd user timer"_s, u"Next refresh at 12:00."_s, u"no systemd user timer"_s);
        FetchLogDialog log({&app.store, nullptr}, std::chrono::seconds(1800));
        AboutDialog about;
        Account account;
        account.id = 2;
        account.name = u"Reader"_s;
        AddFeedDialog addFeed({account}, account.id, {u"Tech"_s}, QString());
        Feed feed;
        feed.url = u"https://example.org/feed"_s;
        feed.lastFetchAt = QDateTime::currentDateTimeUtc();
        feed.lastHttpStatus = 200;
        FeedPropertiesDialog properties(feed);
        for (QDialog *dialog : std::initializer_list<QDialog *>{&settingsDialog, &log, &about, &addFeed, &properties}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QStringList unnamed = unnamedControls(dialog);
            QVERIFY2(unnamed.isEmpty(), qPrintable(dialog->objectName() + u": "_s + unnamed.join(u", "_s)));
            dialog->hide();
        }
    }

    void tableRowsSayTitleFeedDateAndUnread()
    {
        TestProfile profile;
        {
            auto store = profile.openStore(u"setup"_s);
            TestProfile::addFeedWithItems(*store, u"https://a.example/feed"_s, 3, QDateTime::currentDateTimeUtc(), u"Story"_s);
        }
        App app(profile);
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        QTableView *table = app.window->itemTable();
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QAccessibleInterface *accessibleTable = QAccessible::queryAccessibleInterface(table);
        QVERIFY(accessibleTable && accessibleTable->tableInterface());
        QAccessibleInterface *cell = accessibleTable->tableInterface()->cellAt(0, ItemTableModel::TitleColumn);
        QVERIFY(cell);
        const QString spoken = cell->text(QAccessible::Name);
        const QModelIndex first = table->model()->index(0, ItemTableModel::TitleColumn);
        QVERIFY2(spoken.contains(first.data().toString()), qPrintable(spoken));
        QVERIFY2(spoken.contains(u"Feed "_s), qPrintable(spoken)); // the feed's title
        QVERIFY2(spoken.contains(u"unread"_s), qPrintable(spoken));
        // The marker columns are not silent symbols either.
        QAccessibleInterface *marker = accessibleTable->tableInterface()->cellAt(0, ItemTableModel::UnreadColumn);
        QVERIFY(marker);
        QVERIFY2(marker->text(QAccessible::Name).contains(u"unread"_s), qPrintable(marker->text(QAccessible::Name)));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
