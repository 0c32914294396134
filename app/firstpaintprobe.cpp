// SPDX-License-Identifier: MIT
#include "firstpaintprobe.h"

#include "afterfirstpaint.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

namespace {

QElapsedTimer &mainClock()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock;
}

/// The time the process already spent before main() (loading Qt's libraries), from
/// /proc/self/stat's start time against /proc/uptime; 0 where /proc does not say.
double secondsBeforeMain()
{
    QFile stat(u"/proc/self/stat"_s);
    QFile uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray statLine = stat.readAll();
    // Field 22, counted after the command name in parentheses (which may contain spaces).
    const QList<QByteArray> fields = statLine.mid(statLine.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    if (fields.size() < 20 || ticks <= 0)
        return 0;
    const double startedAt = fields.at(19).toDouble() / ticks;
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return std::max(0.0, now - startedAt - double(mainClock().elapsed()) / 1000.0);
}

} // namespace

qint64 millisecondsSinceProcessStart()
{
    return qint64(secondsBeforeMain() * 1000.0) + mainClock().elapsed();
}

void installFirstPaintProbe(QAbstractItemView *view)
{
    const double beforeMain = secondsBeforeMain();
    runAfterFirstPaint(view, [view, beforeMain] {
        const qint64 ms = qint64(beforeMain * 1000.0) + mainClock().elapsed();
        QTextStream(stdout) << "first-paint-ms " << ms << " rows " << view->model()->rowCount() << Qt::endl;
        QCoreApplication::quit();
    });
}

} // namespace freshet
