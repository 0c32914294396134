#include "mainwindow.h"

#include <QMenuBar>
#include <QTableView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using freshet::MainWindow;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void showsTheItemTable()
    {
        MainWindow window({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.itemTable()->isVisible());
        QCOMPARE(window.windowTitle(), u"Freshet"_s);
    }

    void everyMenuActionHasAnAccessibleText()
    {
        MainWindow window({});
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 2);
        for (QAction *menu : menus) {
            QVERIFY(!menu->text().isEmpty());
            for (QAction *action : menu->menu()->actions())
                QVERIFY(action->isSeparator() || !action->text().isEmpty());
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
