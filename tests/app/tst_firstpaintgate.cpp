// SPDX-License-Identifier: MIT
// The gate the start's integrity check waits at: closed until the window's first rows are
// painted, then open for every waiter; a window that never paints holds a waiter only until its
// bound.
#include "firstpaintgate.h"

#include <QElapsedTimer>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

QStandardItemModel *threeRows(QObject *parent)
{
    auto *model = new QStandardItemModel(3, 2, parent);
    for (int row = 0; row < 3; ++row)
        model->setItem(row, 0, new QStandardItem(u"item %1"_s.arg(row)));
    return model;
}

} // namespace

class TestFirstPaintGate : public QObject
{
    Q_OBJECT

private slots:
    void aWaiterOnAnotherThreadPassesOnceTheViewHasPainted()
    {
        QTableView view;
        view.setModel(threeRows(&view));
        const freshet::FirstPaintGate gate;
        gate.openAfterFirstPaint(&view);

        std::atomic<int> passed = -1;
        std::thread waiter([&] { passed = gate.waitUpTo(30s) ? 1 : 0; });
        // Not before the window shows anything.
        QTest::qWait(100);
        QCOMPARE(passed.load(), -1);
        QVERIFY(!gate.waitUpTo(0ms));

        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(passed.load(), 1);
        waiter.join();
        // Open for good: a later waiter passes at once.
        QVERIFY(gate.waitUpTo(0ms));
    }

    void aViewNeverShownHoldsAWaiterOnlyUntilItsBound()
    {
        QTableView view;
        view.setModel(threeRows(&view));
        const freshet::FirstPaintGate gate;
        gate.openAfterFirstPaint(&view);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!gate.waitUpTo(300ms));
        QVERIFY2(clock.elapsed() >= 290, qPrintable(QString::number(clock.elapsed())));
    }

    void openingTwiceLetsEveryWaiterThrough()
    {
        const freshet::FirstPaintGate gate;
        const freshet::FirstPaintGate copy = gate;
        std::atomic<int> through = 0;
        std::thread first([&] { through += copy.waitUpTo(30s) ? 1 : 0; });
        std::thread second([&] { through += gate.waitUpTo(30s) ? 1 : 0; });
        gate.open();
        copy.open();
        first.join();
        second.join();
        QCOMPARE(through.load(), 2);
        QVERIFY(gate.waitUpTo(0ms));
        QVERIFY(copy.waitUpTo(0ms));
    }
};

QTEST_MAIN(TestFirstPaintGate)
#include "tst_firstpaintgate.moc"
